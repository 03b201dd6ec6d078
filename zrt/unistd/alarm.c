/*
 * alarm.c - alarm(2) on the deterministic clock: SIGALRM when the clock
 * reaches the time, at a clock read or a sleep (see internal/clock.h).
 */
#include <unistd.h>

#include "internal/clock.h"

unsigned alarm(unsigned seconds)
{
	int64_t left = __zrt_clock_alarm((int64_t)seconds * 1000000);

	/* Rounded up: an alarm still armed never reads as none. */
	return (unsigned)((left + 999999) / 1000000);
}
