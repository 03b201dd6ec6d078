/*
 * __zrt_channel_write.c - write a whole buffer to a channel.
 */
#include <zvm.h>

#include "internal/channel.h"

ssize_t __zrt_channel_write(int ch, const void *buf, size_t size, int64_t offset)
{
	const char *p = buf;
	size_t done = 0;

	/* The supervisor truncates a write that crosses the channel's quota
	 * and answers -EDQUOT once nothing remains; keep writing after a
	 * short count so callers see either everything written or the
	 * error that stopped it. */
	while (done < size) {
		size_t chunk = size - done;
		int32_t r;

		if (chunk > ZRT_CHANNEL_MAX_IO)
			chunk = ZRT_CHANNEL_MAX_IO;
		r = zvm_pwrite(ch, p + done, (int32_t)chunk, offset + (int64_t)done);
		if (r < 0)
			return done > 0 ? (ssize_t)done : __zrt_trap_errno(r);
		if (r == 0)
			break; /* no progress: do not spin */
		done += (size_t)r;
	}
	return (ssize_t)done;
}
