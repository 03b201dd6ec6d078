/*
 * gettimeofday.c - gettimeofday(2) on the deterministic clock.
 */
#include <string.h>
#include <sys/time.h>

#include "internal/clock.h"

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	int64_t us = __zrt_clock_us();

	if (tv != NULL) {
		tv->tv_sec = (time_t)(us / 1000000);
		tv->tv_usec = (suseconds_t)(us % 1000000);
	}
	/* The time zone is always UTC. */
	if (tz != NULL)
		memset(tz, 0, sizeof(struct timezone));
	return 0;
}
