/*
 * clock_gettime.c - clock_gettime(2): every clock is the deterministic one.
 */
#include <errno.h>
#include <stddef.h>
#include <time.h>

#include "internal/clock.h"
#include "internal/syscall.h"

static int do_clock_gettime(clockid_t id, struct timespec *ts)
{
	struct __zrt_clock_reading r;
	int64_t us;

	if (ts == NULL)
		return -EFAULT;
	/* Linux's numbers differ; these are newlib's <time.h>.  The coarse,
	 * raw, boot-time and alarm variants are the same clock here. */
	switch (id) {
	case 0: /* CLOCK_REALTIME_COARSE */
	case CLOCK_REALTIME:
	case 8: /* CLOCK_REALTIME_ALARM */
		__zrt_clock_read(&r);
		us = r.real_us;
		break;
	case CLOCK_MONOTONIC:
	case 5: /* CLOCK_MONOTONIC_RAW */
	case 6: /* CLOCK_MONOTONIC_COARSE */
	case 7: /* CLOCK_BOOTTIME */
	case 9: /* CLOCK_BOOTTIME_ALARM */
		__zrt_clock_read(&r);
		us = r.mono_us;
		break;
	case CLOCK_PROCESS_CPUTIME_ID:
	case 3: /* CLOCK_THREAD_CPUTIME_ID: there is one thread */
		__zrt_clock_read(&r);
		us = r.cpu_us;
		break;
	default:
		return -EINVAL;
	}
	ts->tv_sec = (time_t)(us / 1000000);
	ts->tv_nsec = (long)(us % 1000000) * 1000;
	return 0;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	return (int)__zrt_ret(do_clock_gettime(id, ts));
}
