/*
 * __zrt_clock_us.c - the deterministic clock's state: read, advance, set.
 */
#include "internal/clock.h"

static int64_t start_us = (int64_t)ZRT_EPOCH * 1000000;
static int64_t now_us = (int64_t)ZRT_EPOCH * 1000000;
static int64_t slept_us;
static int fixed; /* nvram gave the start time */

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
}

int64_t __zrt_clock_us(void)
{
	int64_t us = now_us;

	tick();
	return us;
}

void __zrt_clock_advance(int64_t us)
{
	/* Clamp rather than wrap: a program that sleeps for centuries
	 * still sees time move forward. */
	if (us <= 0)
		return;
	if (us > INT64_MAX - now_us)
		us = INT64_MAX - now_us;
	now_us += us;
	slept_us += us;
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
