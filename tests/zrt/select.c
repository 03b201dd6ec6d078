/*
 * select.c - select(2) in a process that is alone: files and channels are
 * always ready, a pipe end as a read or write would find it now, nothing
 * is exceptional, and when nothing is ready a timeout passes on the clock
 * at once, an alarm ends a wait without one, and with neither it is
 * EDEADLK.
 */
#define _GNU_SOURCE 1 /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static int alarms;

static void on_alarm(int sig)
{
	alarms += sig == SIGALRM;
}

static void check_files(void)
{
	fd_set r, w, e;
	int fd;

	fd = open("/f", O_RDWR | O_CREAT, 0644);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(fd, &r);
	FD_SET(fd, &w);
	FD_SET(fd, &e);
	FD_SET(1, &w);
	is_int(3, select(fd + 1, &r, &w, &e, NULL), "a file: readable and writable, stdout writable");
	ok(FD_ISSET(fd, &r) && FD_ISSET(fd, &w) && FD_ISSET(1, &w), "... the sets say so");
	ok(!FD_ISSET(fd, &e), "... nothing exceptional");
	FD_ZERO(&r);
	FD_SET(0, &r);
	is_int(1, select(1, &r, NULL, NULL, NULL), "stdin is readable (end of file counts)");
	close(fd);
	FD_ZERO(&r);
	FD_SET(fd, &r);
	is_errno(select(fd + 1, &r, NULL, NULL, NULL), EBADF, "a closed descriptor");
	ok(FD_ISSET(fd, &r), "... leaves the sets as they were");
	is_errno(select(-1, NULL, NULL, NULL, NULL), EINVAL, "nfds < 0");
	is_errno(select(FD_SETSIZE + 1, NULL, NULL, NULL, NULL), EINVAL, "nfds > FD_SETSIZE");
}

static void check_pipes(void)
{
	static char fill[65536];
	struct timeval tv = {0, 0};
	fd_set r, w;
	int p[2];

	pipe2(p, O_NONBLOCK);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(p[1], &w);
	is_int(1, select(p[1] + 1, &r, &w, NULL, &tv), "an empty pipe: only the write end is ready");
	ok(!FD_ISSET(p[0], &r) && FD_ISSET(p[1], &w), "... the sets say so");
	write(p[1], "x", 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_SET(p[1], &r);
	is_int(1, select(p[1] + 1, &r, NULL, NULL, NULL), "with data: the read end is readable");
	ok(FD_ISSET(p[0], &r) && !FD_ISSET(p[1], &r), "... the write end never is");
	memset(fill, 'f', sizeof(fill));
	write(p[1], fill, sizeof(fill));
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	is_int(0, select(p[1] + 1, NULL, &w, NULL, &tv), "a full pipe is not writable");
	ok(!FD_ISSET(p[1], &w), "... the set says so");
	while (read(p[0], fill, sizeof(fill)) > 0)
		;
	close(p[1]);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	is_int(1, select(p[0] + 1, &r, NULL, NULL, NULL), "no writer left: end of file is readable");
	close(p[0]);

	pipe(p);
	close(p[0]);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	is_int(1, select(p[1] + 1, NULL, &w, NULL, NULL), "no reader left: writable (EPIPE)");
	close(p[1]);
}

static void check_waiting(void)
{
	struct timespec t0, t1;
	struct timeval tv = {2, 500000};
	fd_set r;
	int p[2];
	long long us;

	pipe(p);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	is_int(0, select(p[0] + 1, &r, NULL, NULL, &tv), "nothing ready: the timeout passes");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	us = (t1.tv_sec - t0.tv_sec) * 1000000LL + (t1.tv_nsec - t0.tv_nsec) / 1000;
	ok(us >= 2500000 && us < 2500010, "... on the clock: %lld us", us);
	ok(tv.tv_sec == 0 && tv.tv_usec == 0, "... none of it left");
	ok(!FD_ISSET(p[0], &r), "... the set is cleared");
	FD_SET(p[0], &r);
	is_errno(select(p[0] + 1, &r, NULL, NULL, NULL), EDEADLK,
		 "nothing ready and no timeout: waiting would never end");
	signal(SIGALRM, on_alarm);
	alarm(1);
	is_errno(select(p[0] + 1, &r, NULL, NULL, NULL), EINTR, "... unless an alarm ends it");
	is_int(1, alarms, "... whose handler ran");
	signal(SIGALRM, SIG_DFL);
	tv.tv_sec = 0;
	tv.tv_usec = 1000000;
	is_errno(select(0, NULL, NULL, NULL, &tv), EINVAL, "tv_usec of a million");
	tv.tv_sec = -1;
	tv.tv_usec = 0;
	is_errno(select(0, NULL, NULL, NULL, &tv), EINVAL, "a negative timeout");
	tv.tv_sec = 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	is_int(0, select(0, NULL, NULL, NULL, &tv), "no descriptors: a sleep");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ok(t1.tv_sec - t0.tv_sec >= 1, "... of a second");
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	plan(27);
	check_files();
	check_pipes();
	check_waiting();
	return 0;
}
