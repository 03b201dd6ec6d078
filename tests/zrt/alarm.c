/*
 * alarm.c - alarm() on the deterministic clock: SIGALRM goes off at the
 * exact clock read or sleep that takes the clock to the alarm's time; a
 * caught alarm interrupts a sleep with EINTR and the rest in rem, an
 * ignored or blocked one lets the sleep go on.  It ends with an alarm
 * under the default action, which ends the process by SIGALRM (128 + 14).
 *
 * exit: 142
 * nvram:
 *   [time]
 *   seconds = 1700000000
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "tap/basic.h"

static volatile int rings;

static void on_alarm(int sig)
{
	if (sig == SIGALRM)
		rings++;
}

static void catch_alarm(void)
{
	struct sigaction act;

	memset(&act, 0, sizeof(act));
	act.sa_handler = on_alarm;
	sigemptyset(&act.sa_mask);
	sigaction(SIGALRM, &act, NULL);
}

static long long now_us(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

static void check_arming(void)
{
	is_int(0, alarm(0), "alarm(0) with none armed returns 0");
	is_int(0, alarm(5), "alarm(5) returns 0: none was armed");
	is_int(5, alarm(3), "alarm(3) returns the 5 s left of the previous one");
	now_us(); /* one read: 1 us of the 3 s passes */
	is_int(3, alarm(0), "alarm(0) returns 3 (2.999999 s rounded up) and disarms");
	is_int(0, alarm(0), "... nothing is armed any more");
}

static void check_reads(void)
{
	long long reads = 0;

	catch_alarm();
	rings = 0;
	alarm(1);
	while (rings == 0 && reads < 2000000) {
		now_us();
		reads++;
	}
	is_int(1000000, reads, "alarm(1) goes off at the millionth clock read");
	is_int(1, rings, "... the handler ran once");
	is_int(0, alarm(0), "... and the alarm is disarmed");
}

static void check_sleeps(void)
{
	struct timespec req = {10, 0}, rem = {0, 0};
	long long t0, t1;
	sigset_t block, pending;

	rings = 0;
	t0 = now_us();
	alarm(2);
	errno = 0;
	ok(nanosleep(&req, &rem) == -1 && errno == EINTR, "a caught alarm interrupts nanosleep: EINTR");
	ok(rem.tv_sec == 8 && rem.tv_nsec == 0, "... rem is the 8 s not slept");
	is_int(1, rings, "... after the handler ran");
	t1 = now_us();
	is_int(2000001, t1 - t0, "... and the clock stopped at the alarm");
	is_int(0, nanosleep(&req, NULL), "with no alarm armed a sleep is whole");

	alarm(4);
	is_int(6, sleep(10), "sleep(10) interrupted after 4 s returns 6");
	is_int(2, rings, "... the handler ran");

	alarm(1);
	is_int(0, usleep(500000), "usleep(0.5 s) before a 1 s alarm is whole");
	is_int(2, rings, "... and the alarm has not gone off");
	is_int(1, alarm(0), "... it is still armed: 0.5 s left rounds up to 1");

	signal(SIGALRM, SIG_IGN);
	t0 = now_us();
	alarm(1);
	is_int(0, sleep(3), "an ignored alarm does not interrupt sleep(3)");
	is_int(3000001, now_us() - t0, "... which sleeps all of it");
	is_int(0, alarm(0), "... and the alarm went off");

	catch_alarm();
	rings = 0;
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	sigprocmask(SIG_BLOCK, &block, NULL);
	alarm(1);
	is_int(0, sleep(2), "a blocked alarm does not interrupt sleep(2)");
	sigpending(&pending);
	ok(sigismember(&pending, SIGALRM), "... it is pending");
	is_int(0, rings, "... its handler has not run");
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	is_int(1, rings, "unblocking SIGALRM runs the handler");
}

int main(void)
{
	plan(25);
	check_arming();
	check_reads();
	check_sleeps();
	signal(SIGALRM, SIG_DFL);
	alarm(1);
	sleep(2);
	return 0; /* not reached: SIGALRM ends the process */
}
