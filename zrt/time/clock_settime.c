/*
 * clock_settime.c - clock_settime(2): the clock belongs to the nvram.
 */
#include <errno.h>
#include <time.h>

#include "internal/syscall.h"

static int do_clock_settime(clockid_t id, const struct timespec *ts)
{
	/* Only the wall clock is settable at all (POSIX: EINVAL for the
	 * others); its start is nvram's [time] and a program may not move
	 * it, so that the clock stays a function of the inputs alone. */
	if (id == CLOCK_REALTIME)
		return -EPERM;
	return -EINVAL;
}

int clock_settime(clockid_t id, const struct timespec *ts)
{
	return (int)__zrt_ret(do_clock_settime(id, ts));
}
