/*
 * clock.c - the deterministic clock: it starts at nvram's [time] seconds,
 * every read of any clock advances it by exactly 1 microsecond, sleeping
 * moves it by the time slept at once, and CPU time is the time since the
 * start minus the time slept.  The values below are exact: the comments
 * count the clock reads so far.
 *
 * nvram:
 *   [time]
 *   seconds = 1700000000
 */
#define _GNU_SOURCE /* CLOCK_REALTIME_COARSE, CLOCK_BOOTTIME */
#include <errno.h>
#include <stddef.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "tap/basic.h"

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void is_ts(long long sec, long nsec, const struct timespec *ts, const char *what)
{
	ok(ts->tv_sec == sec && ts->tv_nsec == nsec, "%s is %lld.%09ld (got %lld.%09ld)", what, sec,
	   nsec, (long long)ts->tv_sec, ts->tv_nsec);
}

static void check_reads(void)
{
	struct timeval a, b;
	struct timespec ts;
	struct rusage ru;
	struct tms t;

	gettimeofday(&a, NULL); /* read 0 */
	gettimeofday(&b, NULL); /* read 1 */
	ok(a.tv_sec == 1700000000 && a.tv_usec == 0, "the first read is [time] seconds, .000000");
	ok(b.tv_sec == 1700000000 && b.tv_usec == 1, "the second read is 1 us later");
	is_int(1700000000, time(NULL), "time()"); /* read 2 */
	is_int(0, clock_gettime(CLOCK_REALTIME, &ts), "clock_gettime(CLOCK_REALTIME)");
	is_ts(1700000000, 3000, &ts, "... the 4th read");
	is_int(0, clock_gettime(CLOCK_MONOTONIC, &ts), "clock_gettime(CLOCK_MONOTONIC)");
	is_ts(0, 4000, &ts, "... time since the start");
	is_int(0, clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts), "CLOCK_PROCESS_CPUTIME_ID");
	is_ts(0, 5000, &ts, "... CPU time");
	is_int(6, clock(), "clock() counts microseconds of CPU time");	  /* read 6 */
	is_int(7, times(&t), "times() returns the time since the start"); /* read 7 */
	is_int(7, t.tms_utime, "... tms_utime is the CPU time");
	is_int(0, t.tms_stime + t.tms_cutime + t.tms_cstime, "... the rest is 0");
	is_int(0, getrusage(RUSAGE_SELF, &ru), "getrusage(RUSAGE_SELF)"); /* read 8 */
	ok(ru.ru_utime.tv_sec == 0 && ru.ru_utime.tv_usec == 8, "... ru_utime is the CPU time");
	ok(ru.ru_stime.tv_sec == 0 && ru.ru_stime.tv_usec == 0, "... ru_stime is 0");
	is_int(0, getrusage(RUSAGE_CHILDREN, &ru), "getrusage(RUSAGE_CHILDREN)");
	ok(ru.ru_utime.tv_sec == 0 && ru.ru_utime.tv_usec == 0, "... there are no children");
	ok(fails_with(getrusage(7, &ru), EINVAL), "getrusage(7): EINVAL");
}

static void check_sleep(void)
{
	struct timespec req = {2, 500}, rem = {9, 9}, ts;
	struct timeval tv;

	/* Rounded up to whole microseconds: 2000001 us. */
	is_int(0, nanosleep(&req, &rem), "nanosleep(2 s + 500 ns)");
	ok(rem.tv_sec == 0 && rem.tv_nsec == 0, "... sleeps it all: rem is 0");
	gettimeofday(&tv, NULL); /* read 9 */
	ok(tv.tv_sec == 1700000002 && tv.tv_usec == 10, "... and the clock moved 2000001 us");
	is_int(10, clock(), "sleeping is not CPU time"); /* read 10 */
	is_int(0, sleep(3), "sleep(3) returns 0 at once");
	is_int(0, usleep(250000), "usleep(250000)");
	clock_gettime(CLOCK_MONOTONIC, &ts); /* read 11 */
	is_ts(5, 250012000, &ts, "CLOCK_MONOTONIC after the sleeps");
	clock_gettime(CLOCK_REALTIME, &ts); /* read 12 */
	is_ts(1700000005, 250013000, &ts, "CLOCK_REALTIME after the sleeps");
	/* newlib defines CLOCK_THREAD_CPUTIME_ID (3) only with threads. */
	clock_gettime((clockid_t)3, &ts); /* read 13 */
	is_ts(0, 13000, &ts, "the thread CPU-time clock is the process's");
	clock_gettime(CLOCK_REALTIME_COARSE, &ts); /* read 14 */
	is_ts(1700000005, 250015000, &ts, "CLOCK_REALTIME_COARSE is the same clock");
	clock_gettime(CLOCK_BOOTTIME, &ts); /* read 15 */
	is_ts(5, 250016000, &ts, "CLOCK_BOOTTIME is the monotonic clock");

	req.tv_sec = 0;
	req.tv_nsec = 1000000000;
	ok(fails_with(nanosleep(&req, NULL), EINVAL), "nanosleep with tv_nsec = 1e9: EINVAL");
	req.tv_sec = -1;
	req.tv_nsec = 0;
	ok(fails_with(nanosleep(&req, NULL), EINVAL), "nanosleep with tv_sec < 0: EINVAL");
	ok(fails_with(nanosleep(NULL, NULL), EFAULT), "nanosleep(NULL): EFAULT");
	clock_gettime(CLOCK_REALTIME, &ts); /* read 16 */
	is_ts(1700000005, 250017000, &ts, "failed calls neither read nor move the clock");
}

static void check_errors(void)
{
	struct timespec ts = {1, 1};
	clockid_t id = 99;

	ok(fails_with(clock_gettime(100, &ts), EINVAL), "clock_gettime of clock 100: EINVAL");
	ok(fails_with(clock_gettime(CLOCK_REALTIME, NULL), EFAULT), "clock_gettime(NULL): EFAULT");
	is_int(0, clock_getres(CLOCK_REALTIME, &ts), "clock_getres(CLOCK_REALTIME)");
	is_ts(0, 1000, &ts, "... one microsecond");
	ts.tv_nsec = 1;
	is_int(0, clock_getres(CLOCK_MONOTONIC, &ts), "clock_getres(CLOCK_MONOTONIC)");
	is_ts(0, 1000, &ts, "... one microsecond");
	is_int(0, clock_getres(CLOCK_PROCESS_CPUTIME_ID, NULL), "clock_getres with NULL");
	ok(fails_with(clock_getres(100, &ts), EINVAL), "clock_getres of clock 100: EINVAL");
	ts.tv_sec = 1;
	ts.tv_nsec = 0;
	ok(fails_with(clock_settime(CLOCK_REALTIME, &ts), EPERM), "clock_settime: EPERM");
	ok(fails_with(clock_settime(CLOCK_MONOTONIC, &ts), EINVAL),
	   "clock_settime(CLOCK_MONOTONIC): EINVAL");
	is_int(0, clock_getcpuclockid(0, &id), "clock_getcpuclockid(0)");
	is_int(CLOCK_PROCESS_CPUTIME_ID, id, "... the process CPU-time clock");
	is_int(0, clock_getcpuclockid(1, &id), "clock_getcpuclockid(getpid())");
	is_int(ESRCH, clock_getcpuclockid(2, &id), "clock_getcpuclockid(2) returns ESRCH");
	is_int(1000000, CLOCKS_PER_SEC, "CLOCKS_PER_SEC is 1000000");
}

static void check_calendar(void)
{
	time_t t = 1700000000;
	struct tm tm;
	char buf[64];

	/* No TZ in the environment: local time is UTC. */
	localtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S %a", &tm);
	is_string("2023-11-14 22:13:20 Tue", buf, "localtime of [time] seconds is UTC");
}

int main(void)
{
	plan(50);
	check_reads();
	check_sleep();
	check_errors();
	check_calendar();
	return 0;
}
