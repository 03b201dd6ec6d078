/*
 * clock.h - ZRT's deterministic clock.
 *
 * Time never comes from the host.  It starts at a fixed epoch and every
 * read advances it by one microsecond, so two reads never see the same
 * time (programs that measure intervals do not divide by zero) and every
 * run sees the same times.
 */
#ifndef ZRT_INTERNAL_CLOCK_H
#define ZRT_INTERNAL_CLOCK_H

#include <stdint.h>

/* 2013-06-11T00:00:00Z, the date of the manifest format version
 * (20130611).  nvram's [time] section will override it. */
#define ZRT_EPOCH 1370908800

/* The current time in microseconds since 1970; advances by 1 each call. */
int64_t __zrt_clock_us(void);

/* Move the clock forward by us microseconds: how sleeping passes time
 * without waiting. */
void __zrt_clock_advance(int64_t us);

#endif
