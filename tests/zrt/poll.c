/*
 * poll.c - poll(2): files and channels are always ready, a pipe is ready
 * by what it holds and which ends are open, a timeout passes on the
 * deterministic clock at once, a caught alarm interrupts the wait, and
 * waiting forever is EDEADLK.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static int alarms;

static void on_alarm(int sig)
{
	alarms += sig == SIGALRM;
}

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int main(void)
{
	static char big[65536];
	struct pollfd pf[4];
	long long t0, t1;
	int p[2], fd;

	plan(37);

	fd = open("/tmp/file", O_RDWR | O_CREAT, 0644);
	pf[0] = (struct pollfd){ .fd = fd, .events = POLLIN | POLLOUT };
	pf[1] = (struct pollfd){ .fd = 1, .events = POLLOUT };
	pf[2] = (struct pollfd){ .fd = 0, .events = POLLIN };
	pf[3] = (struct pollfd){ .fd = -1, .events = POLLIN, .revents = POLLIN };
	is_int(3, poll(pf, 4, -1), "a file, stdout and stdin: all ready");
	is_int(POLLIN | POLLOUT, pf[0].revents, "... an empty file reads and writes");
	is_int(POLLOUT, pf[1].revents, "... stdout, only what was asked");
	is_int(POLLIN, pf[2].revents, "... stdin reads (at its end, as a file does)");
	is_int(0, pf[3].revents, "... a negative descriptor is ignored and cleared");
	close(fd);

	pf[0] = (struct pollfd){ .fd = fd, .events = POLLIN };
	is_int(1, poll(pf, 1, 0), "a closed descriptor counts");
	is_int(POLLNVAL, pf[0].revents, "... as POLLNVAL");

	pipe(p);
	pf[0] = (struct pollfd){ .fd = p[0], .events = POLLIN };
	pf[1] = (struct pollfd){ .fd = p[1], .events = POLLOUT };
	is_int(1, poll(pf, 2, 0), "an empty pipe");
	is_int(0, pf[0].revents, "... the read end is not ready");
	is_int(POLLOUT, pf[1].revents, "... the write end is");
	write(p[1], "x", 1);
	is_int(2, poll(pf, 2, 0), "a byte in it");
	is_int(POLLIN, pf[0].revents, "... the read end is ready");
	pf[0].events = POLLRDNORM;
	poll(pf, 1, 0);
	is_int(POLLRDNORM, pf[0].revents, "... for POLLRDNORM too");
	memset(big, 'b', sizeof(big));
	write(p[1], big, sizeof(big) - 1);
	pf[0].events = POLLIN;
	is_int(1, poll(pf, 2, 0), "a full pipe");
	is_int(0, pf[1].revents, "... the write end is not ready");
	read(p[0], big, PIPE_BUF - 1);
	poll(pf, 2, 0);
	is_int(0, pf[1].revents, "... nor with less than PIPE_BUF bytes of room");
	read(p[0], big, 1);
	poll(pf, 2, 0);
	is_int(POLLOUT, pf[1].revents, "... but with PIPE_BUF bytes");
	close(p[1]);
	poll(pf, 1, 0);
	is_int(POLLIN | POLLHUP, pf[0].revents, "the writer gone: data and POLLHUP");
	while (read(p[0], big, sizeof(big)) > 0)
		;
	pf[0].events = 0;
	poll(pf, 1, 0);
	is_int(POLLHUP, pf[0].revents, "... drained: POLLHUP, asked for or not");
	close(p[0]);

	pipe(p);
	close(p[0]);
	pf[1] = (struct pollfd){ .fd = p[1], .events = POLLOUT };
	is_int(1, poll(&pf[1], 1, 0), "a pipe without readers");
	is_int(POLLERR, pf[1].revents, "... POLLERR on the write end");
	close(p[1]);

	pipe(p);
	pf[0] = (struct pollfd){ .fd = p[0], .events = POLLIN };
	t0 = now_us();
	is_int(0, poll(pf, 1, 250), "nothing ready: the timeout ends it");
	t1 = now_us();
	ok(t1 - t0 >= 250000 && t1 - t0 < 250010, "... 250 ms passed on the clock (%lld us)", t1 - t0);
	t0 = now_us();
	is_int(0, poll(NULL, 0, 10), "no descriptors: a sleep");
	t1 = now_us();
	ok(t1 - t0 >= 10000 && t1 - t0 < 10010, "... of 10 ms (%lld us)", t1 - t0);
	is_errno(poll(pf, 1, -1), EDEADLK, "no timeout: waiting would never end");
	is_errno(poll(NULL, 0, -1), EDEADLK, "... nor with no descriptors");

	signal(SIGALRM, on_alarm);
	alarm(1);
	t0 = now_us();
	is_errno(poll(pf, 1, 5000), EINTR, "an alarm before the timeout: EINTR");
	t1 = now_us();
	is_int(1, alarms, "... its handler ran");
	ok(t1 - t0 >= 1000000 && t1 - t0 < 1000010, "... after 1 s on the clock (%lld us)", t1 - t0);
	alarm(2);
	t0 = now_us();
	is_errno(poll(pf, 1, -1), EINTR, "no timeout, an alarm: EINTR");
	t1 = now_us();
	is_int(2, alarms, "... its handler ran");
	ok(t1 - t0 >= 2000000 && t1 - t0 < 2000010, "... after 2 s on the clock (%lld us)", t1 - t0);
	signal(SIGALRM, SIG_IGN);
	alarm(1);
	is_errno(poll(pf, 1, -1), EDEADLK, "no timeout, an ignored alarm: EDEADLK");
	is_int(1, alarm(0), "... the alarm still armed");

	is_errno(poll(NULL, 1, 0), EFAULT, "a NULL array");
	is_errno(poll(pf, (nfds_t)1 << 40, 0), EINVAL, "more entries than RLIMIT_NOFILE");
	close(p[0]);
	close(p[1]);
	return 0;
}
