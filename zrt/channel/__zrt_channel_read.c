/*
 * __zrt_channel_read.c - one read from a channel.
 */
#include <zvm.h>

#include "internal/channel.h"

ssize_t __zrt_channel_read(int ch, void *buf, size_t size, int64_t offset)
{
	/* One trap per call: a short read is a valid answer (a pipe may
	 * have less ready), and looping here could block for more input
	 * than the caller wants. */
	if (size > ZRT_CHANNEL_MAX_IO)
		size = ZRT_CHANNEL_MAX_IO;
	return __zrt_trap_errno(zvm_pread(ch, buf, (int32_t)size, offset));
}
