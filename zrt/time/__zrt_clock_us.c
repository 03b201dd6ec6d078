/*
 * __zrt_clock_us.c - the deterministic clock's state: read and advance.
 */
#include "internal/clock.h"

static int64_t now_us = (int64_t)ZRT_EPOCH * 1000000;

int64_t __zrt_clock_us(void)
{
	return now_us++;
}

void __zrt_clock_advance(int64_t us)
{
	if (us > 0)
		now_us += us;
}
