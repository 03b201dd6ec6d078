/*
 * times.c - times(2), and through it newlib's clock().
 */
#include <stddef.h>
#include <sys/times.h>

#include "internal/clock.h"

clock_t times(struct tms *buf)
{
	/* All time is the program's own: user time is the deterministic
	 * clock since the epoch it started at, in CLOCKS_PER_SEC units
	 * (microseconds), which is what clock() reports. */
	clock_t t = (clock_t)(__zrt_clock_us() - (int64_t)ZRT_EPOCH * 1000000);

	if (buf != NULL) {
		buf->tms_utime = t;
		buf->tms_stime = 0;
		buf->tms_cutime = 0;
		buf->tms_cstime = 0;
	}
	return t;
}
