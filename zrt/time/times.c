/*
 * times.c - times(2), and through it newlib's clock().
 */
#include <stddef.h>
#include <sys/times.h>

#include "internal/clock.h"

clock_t times(struct tms *buf)
{
	struct __zrt_clock_reading r;

	/* Clock ticks are microseconds: sysconf(_SC_CLK_TCK) and
	 * CLOCKS_PER_SEC are both 1000000, because newlib's clock() returns
	 * tms_utime + tms_stime as they are.  All CPU time is user time: the
	 * system's work happens outside the sandbox. */
	__zrt_clock_read(&r);
	if (buf != NULL) {
		buf->tms_utime = (clock_t)r.cpu_us;
		buf->tms_stime = 0;
		buf->tms_cutime = 0;
		buf->tms_cstime = 0;
	}
	return (clock_t)r.mono_us;
}
