/*
 * clock.h - ZRT's deterministic clock.
 *
 * Time never comes from the host.  It starts at a fixed epoch (or nvram's
 * [time] seconds) and every read advances it by one microsecond, so two
 * reads never see the same time (programs that measure intervals do not
 * divide by zero) and every run sees the same times.  Sleeping moves it
 * on by the time slept, at once.
 *
 * One reading gives three views of the same instant: the wall clock, the
 * time since the program started (CLOCK_MONOTONIC, times()) and the CPU
 * time, which is the time since the start minus the time slept.
 *
 * alarm() rides on the same clock (see __zrt_clock_alarm).
 */
#ifndef ZRT_INTERNAL_CLOCK_H
#define ZRT_INTERNAL_CLOCK_H

#include <stdint.h>

/* 2013-06-11T00:00:00Z, the date of the manifest format version
 * (20130611), when nvram has no [time]. */
#define ZRT_EPOCH 1370908800

struct __zrt_clock_reading {
	int64_t real_us; /* microseconds since 1970 */
	int64_t mono_us; /* microseconds since the program started */
	int64_t cpu_us;	 /* mono_us minus the microseconds slept */
};

/* Read the clock, then advance it by 1 microsecond. */
void __zrt_clock_read(struct __zrt_clock_reading *r);

/* The wall clock in microseconds since 1970; advances by 1 each call. */
int64_t __zrt_clock_us(void);

/* Move the clock forward by us microseconds: how sleeping passes time
 * without waiting.  An alarm due within the interval goes off when the
 * clock reaches it; if a handler catches that SIGALRM the sleep stops
 * there, and the microseconds not slept are returned (0 otherwise). */
int64_t __zrt_clock_advance(int64_t us);

/* Arm the alarm to go off us microseconds from now (0 disarms it) and
 * return the microseconds that were left of the previous one (0 if none
 * was armed).  It goes off, as SIGALRM, at the first read or sleep that
 * takes the clock to its time: with no other source of time, that is the
 * only moment a run could see it. */
int64_t __zrt_clock_alarm(int64_t us);

/* Wait, when nothing the program waits for (a descriptor of poll() or
 * select()) can become ready: us microseconds, or with us < 0 until an
 * alarm ends it.  Returns 0 when the time has passed, -EINTR when a caught
 * SIGALRM went off, -EDEADLK when nothing could ever end the wait. */
int __zrt_wait(int64_t us);

/* Start the clock at seconds since 1970 (nvram's [time]); called once,
 * before the program runs.  seconds * 1000000 must fit in an int64_t. */
void __zrt_clock_set(int64_t seconds);

/* Move the wall clock forward to seconds since 1970 unless it is already
 * there or nvram fixed the start: the file system calls it with the newest
 * mtime of an image it mounts, so that no file of it is from the future. */
void __zrt_clock_not_before(int64_t seconds);

#endif
