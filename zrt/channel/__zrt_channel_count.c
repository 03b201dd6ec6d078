/*
 * __zrt_channel_count.c - how many channels the manifest gave us.
 */
#include <zvm.h>

#include "internal/channel.h"

int __zrt_channel_count(void)
{
	int n = MANIFEST->channels_count;

	/* The manifest page is written by the supervisor, but a negative
	 * count must not turn into a huge unsigned bound anywhere. */
	return n < 0 ? 0 : n;
}
