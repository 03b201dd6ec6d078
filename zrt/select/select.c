/*
 * select.c - select(2) in a process that is alone: what is ready now is
 * all that will ever be ready, so nothing waits.
 *
 * Files, directories, devices and channels are always ready, as regular
 * files are on every Unix (a channel read or write completes or fails;
 * it never needs the program to wait for another one of its own).  A
 * pipe or FIFO end is ready as pipe.c would answer a read or write now:
 * readable when it holds data or has no writer left (end of file),
 * writable when PIPE_BUF bytes fit or it has no reader left (EPIPE).
 * No descriptor ever has an exceptional condition.
 *
 * When nothing is ready, only this process could make it so, and it is
 * here waiting: with a timeout, the clock moves on by the timeout (as
 * nanosleep does) and select returns 0; without one it would wait
 * forever and fails with EDEADLK instead, as a blocking pipe read does.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/select.h>
#include <sys/time.h>

#include "internal/clock.h"
#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/syscall.h"

static int readable(const struct __zrt_file *f)
{
	if (f->pipe == NULL)
		return 1;
	if ((f->flags & O_ACCMODE) == O_WRONLY)
		return 0; /* a write end never becomes readable */
	return __zrt_pipe_count(f->pipe) > 0 || !__zrt_pipe_writers(f->pipe);
}

static int writable(const struct __zrt_file *f)
{
	if (f->pipe == NULL)
		return 1;
	if ((f->flags & O_ACCMODE) == O_RDONLY)
		return 0;
	return !__zrt_pipe_readers(f->pipe) || ZRT_PIPE_SIZE - __zrt_pipe_count(f->pipe) >= PIPE_BUF;
}

static int do_select(int nfds, fd_set *rfds, fd_set *wfds, fd_set *efds, struct timeval *tv)
{
	fd_set rout, wout;
	int fd, n = 0;

	if (nfds < 0 || nfds > FD_SETSIZE)
		return -EINVAL;
	if (tv != NULL && (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000))
		return -EINVAL;
	FD_ZERO(&rout);
	FD_ZERO(&wout);
	/* Check every descriptor before changing any set: on EBADF the
	 * sets are left as they were. */
	for (fd = 0; fd < nfds; fd++) {
		int r = rfds != NULL && FD_ISSET(fd, rfds);
		int w = wfds != NULL && FD_ISSET(fd, wfds);
		int e = efds != NULL && FD_ISSET(fd, efds);
		const struct __zrt_file *f;

		if (!r && !w && !e)
			continue;
		f = __zrt_fd_get(fd);
		if (f == NULL)
			return -EBADF;
		if (r && readable(f)) {
			FD_SET(fd, &rout);
			n++;
		}
		if (w && writable(f)) {
			FD_SET(fd, &wout);
			n++;
		}
	}
	if (n == 0) {
		if (tv == NULL)
			return -EDEADLK;
		/* Past the 64-bit range the wait is clamped, not wrapped. */
		if (tv->tv_sec > INT64_MAX / 1000000 - 1)
			__zrt_clock_advance(INT64_MAX / 2);
		else
			__zrt_clock_advance((int64_t)tv->tv_sec * 1000000 + tv->tv_usec);
		tv->tv_sec = 0; /* the time left, as Linux reports it */
		tv->tv_usec = 0;
	}
	/* Only the first nfds bits are ours to rewrite. */
	for (fd = 0; fd < nfds; fd++) {
		if (rfds != NULL && !FD_ISSET(fd, &rout))
			FD_CLR(fd, rfds);
		if (wfds != NULL && !FD_ISSET(fd, &wout))
			FD_CLR(fd, wfds);
		if (efds != NULL)
			FD_CLR(fd, efds);
	}
	return n;
}

int select(int nfds, fd_set *rfds, fd_set *wfds, fd_set *efds, struct timeval *tv)
{
	return (int)__zrt_ret(do_select(nfds, rfds, wfds, efds, tv));
}
