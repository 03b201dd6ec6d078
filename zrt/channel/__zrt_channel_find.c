/*
 * __zrt_channel_find.c - a channel's index from its alias.
 */
#include <string.h>
#include <zvm.h>

#include "internal/channel.h"

int __zrt_channel_find(const char *alias)
{
	int i;

	/* The manifest is the VM's and read-only, but a name may still be
	 * missing: compare only what is there. */
	for (i = 0; i < MANIFEST->channels_count; i++)
		if (MANIFEST->channels[i].name != NULL &&
		    strcmp(MANIFEST->channels[i].name, alias) == 0)
			return i;
	return -1;
}
