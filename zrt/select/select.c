/*
 * select.c - select(2) over poll(): the same readiness, the same waiting.
 *
 * Files, directories, devices and channels are always ready; a pipe end
 * as poll() finds it now: readable with data queued or no writer left
 * (end of file), writable with PIPE_BUF bytes of room or no reader left
 * (the write would fail with EPIPE).  No descriptor ever has an
 * exceptional condition.  With nothing ready, the timeout passes on the
 * clock at once, as it does for poll(); without a timeout only an alarm
 * can end the wait, and with none, select fails with EDEADLK.  When
 * another process holds an end of one of the pipes, the other processes
 * run first, as in poll().
 */
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <sys/select.h>
#include <sys/time.h>

#include "internal/clock.h"
#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/syscall.h"

/* Keep in pfd[].events those of asked[] that are true now; returns how
 * many are. */
static int scan(struct pollfd *pfd, const short *asked, int n)
{
	int i, ready = 0;

	for (i = 0; i < n; i++)
		pfd[i].events = asked[i];
	/* Valid descriptors and no timeout: poll() cannot fail. */
	if (poll(pfd, (nfds_t)n, 0) < 0)
		return -EINVAL;
	for (i = 0; i < n; i++) {
		/* Linux's select counts end of file and EPIPE as ready. */
		if (!(asked[i] & POLLIN) || !(pfd[i].revents & (POLLIN | POLLHUP)))
			pfd[i].events &= ~POLLIN;
		if (!(asked[i] & POLLOUT) || !(pfd[i].revents & (POLLOUT | POLLERR)))
			pfd[i].events &= ~POLLOUT;
		ready += ((pfd[i].events & POLLIN) != 0) + ((pfd[i].events & POLLOUT) != 0);
	}
	return ready;
}

/* Whether another process holds an end of one of the pipes. */
static int others(const struct pollfd *pfd, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		const struct __zrt_file *f = __zrt_fd_get(pfd[i].fd);

		if (f != NULL && f->pipe != NULL && __zrt_pipe_others(f->pipe))
			return 1;
	}
	return 0;
}

static int do_select(int nfds, fd_set *rfds, fd_set *wfds, fd_set *efds, struct timeval *tv)
{
	struct pollfd pfd[FD_SETSIZE];
	short asked[FD_SETSIZE];
	int fd, n = 0, ready = 0, i, r, ran;
	int64_t us = -1;

	if (nfds < 0 || nfds > FD_SETSIZE)
		return -EINVAL;
	if (tv != NULL) {
		if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000)
			return -EINVAL;
		/* Past the 64-bit range the wait is clamped, not wrapped. */
		if (tv->tv_sec > INT64_MAX / 1000000 - 1)
			us = INT64_MAX / 2;
		else
			us = (int64_t)tv->tv_sec * 1000000 + tv->tv_usec;
	}
	/* Every descriptor is checked before any set changes: on EBADF the
	 * sets are left as they were. */
	for (fd = 0; fd < nfds; fd++) {
		short ev = 0;

		if (rfds != NULL && FD_ISSET(fd, rfds))
			ev |= POLLIN;
		if (wfds != NULL && FD_ISSET(fd, wfds))
			ev |= POLLOUT;
		if (ev == 0 && !(efds != NULL && FD_ISSET(fd, efds)))
			continue;
		if (__zrt_fd_get(fd) == NULL)
			return -EBADF;
		pfd[n].fd = fd;
		asked[n] = ev;
		n++;
	}
	ready = scan(pfd, asked, n);
	/* Other processes run first: a timeout passes at once, so they get
	 * one turn before it does; without one, as many as they need. */
	if (ready == 0 && us != 0 && others(pfd, n)) {
		do {
			ran = __zrt_yield();
			ready = scan(pfd, asked, n);
		} while (ready == 0 && us < 0 && ran && others(pfd, n));
	}
	if (ready < 0)
		return ready;
	if (ready == 0 && us != 0) {
		r = __zrt_wait(us);
		if (r < 0)
			return r;
		if (tv != NULL) {
			tv->tv_sec = 0; /* the time left, as Linux reports it */
			tv->tv_usec = 0;
		}
	}
	/* Only the first nfds bits are ours to rewrite. */
	for (fd = 0; fd < nfds; fd++) {
		if (rfds != NULL)
			FD_CLR(fd, rfds);
		if (wfds != NULL)
			FD_CLR(fd, wfds);
		if (efds != NULL)
			FD_CLR(fd, efds);
	}
	for (i = 0; i < n; i++) {
		if (pfd[i].events & POLLIN)
			FD_SET(pfd[i].fd, rfds);
		if (pfd[i].events & POLLOUT)
			FD_SET(pfd[i].fd, wfds);
	}
	return ready;
}

int select(int nfds, fd_set *rfds, fd_set *wfds, fd_set *efds, struct timeval *tv)
{
	return (int)__zrt_ret(do_select(nfds, rfds, wfds, efds, tv));
}
