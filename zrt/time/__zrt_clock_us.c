/*
 * __zrt_clock_us.c - the deterministic clock's state: read, advance, set,
 * and the alarm that goes off on it.
 */
#include <signal.h>

#include "internal/clock.h"
#include "internal/signal.h"

static int64_t start_us = (int64_t)ZRT_EPOCH * 1000000;
static int64_t now_us = (int64_t)ZRT_EPOCH * 1000000;
static int64_t slept_us;
static int fixed; /* nvram gave the start time */
static int64_t alarm_us; /* when the alarm goes off; 0: not armed */

/* Send SIGALRM if the clock has reached the alarm.  It is disarmed first,
 * so that a handler reading the clock or arming a new alarm finds the
 * state consistent. */
static void ring(void)
{
	if (alarm_us == 0 || now_us < alarm_us)
		return;
	alarm_us = 0;
	__zrt_signal_send(SIGALRM);
}

/* Every read moves the clock on, except at the very end of time. */
static void tick(void)
{
	if (now_us < INT64_MAX)
		now_us++;
}

void __zrt_clock_read(struct __zrt_clock_reading *r)
{
	r->real_us = now_us;
	r->mono_us = now_us - start_us;
	r->cpu_us = r->mono_us - slept_us;
	tick();
	ring();
}

int64_t __zrt_clock_us(void)
{
	int64_t us = now_us;

	tick();
	ring();
	return us;
}

static void sleep_for(int64_t us)
{
	/* Clamp rather than wrap: a program that sleeps for centuries
	 * still sees time move forward. */
	if (us > INT64_MAX - now_us)
		us = INT64_MAX - now_us;
	now_us += us;
	slept_us += us;
}

int64_t __zrt_clock_advance(int64_t us)
{
	int64_t step;
	int caught;

	if (us <= 0)
		return 0;
	if (alarm_us == 0 || alarm_us - now_us > us) {
		sleep_for(us);
		return 0;
	}
	/* Sleep up to the alarm; a handler that catches it interrupts the
	 * sleep (EINTR), anything else lets it go on. */
	step = alarm_us - now_us;
	caught = __zrt_signal_caught(SIGALRM);
	sleep_for(step);
	ring();
	if (caught)
		return us - step;
	sleep_for(us - step);
	return 0;
}

int64_t __zrt_clock_alarm(int64_t us)
{
	int64_t left = alarm_us == 0 ? 0 : alarm_us - now_us;

	if (us <= 0)
		alarm_us = 0;
	else
		alarm_us = us > INT64_MAX - now_us ? INT64_MAX : now_us + us;
	return left;
}

void __zrt_clock_set(int64_t seconds)
{
	start_us = now_us = seconds * 1000000;
	slept_us = 0;
	fixed = 1;
}

void __zrt_clock_not_before(int64_t seconds)
{
	int64_t us;

	if (fixed || seconds > INT64_MAX / 1000000 - 1)
		return;
	us = seconds * 1000000;
	/* The start moves with it: the program has not run any longer. */
	if (us > now_us) {
		start_us += us - now_us;
		now_us = us;
	}
}
