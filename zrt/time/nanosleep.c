/*
 * nanosleep.c - nanosleep(2): the clock jumps, nothing waits; an alarm
 * caught on the way interrupts it.
 */
#include <errno.h>
#include <stddef.h>
#include <time.h>

#include "internal/clock.h"
#include "internal/syscall.h"

static int do_nanosleep(const struct timespec *req, struct timespec *rem)
{
	int64_t left;

	if (req == NULL)
		return -EFAULT;
	if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000)
		return -EINVAL;
	/* A run must not depend on the host's scheduling, so sleeping only
	 * moves the deterministic clock, rounded up to whole microseconds;
	 * sleeps past the 64-bit range are clamped rather than wrapped.
	 * Only an alarm whose handler runs ends a sleep early. */
	if (req->tv_sec > INT64_MAX / 1000000 - 1)
		left = __zrt_clock_advance(INT64_MAX / 2);
	else
		left = __zrt_clock_advance((int64_t)req->tv_sec * 1000000 +
					   (req->tv_nsec + 999) / 1000);
	if (rem != NULL) {
		rem->tv_sec = (time_t)(left / 1000000);
		rem->tv_nsec = (long)(left % 1000000) * 1000;
	}
	return left > 0 ? -EINTR : 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return (int)__zrt_ret(do_nanosleep(req, rem));
}
