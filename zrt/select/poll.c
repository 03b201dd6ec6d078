/*
 * poll.c - poll(2) in a process that is alone with its descriptors.
 *
 * Files, directories, devices and channels never make a reader or a
 * writer wait for another process (a channel transfer blocks in the VM
 * like a disk read), so, as POSIX says of regular files, they are always
 * ready.  Only a pipe or FIFO can be not ready, and only this program
 * could change that: with nothing ready poll() cannot wait for anything
 * but its timeout or an alarm, which pass on the deterministic clock at
 * once, as sleeping does.  A caught SIGALRM interrupts the wait (EINTR).
 * A wait that nothing could end fails with EDEADLK, as a blocking read of
 * an empty pipe does.  When another process holds an end of a polled
 * pipe, it may change that: the other processes run first.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stddef.h>
#include <sys/resource.h>

#include "internal/clock.h"
#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/resource.h"
#include "internal/syscall.h"

#define READ_EVENTS (POLLIN | POLLRDNORM)
#define WRITE_EVENTS (POLLOUT | POLLWRNORM)

/* The events that are true of f now; POLLERR and POLLHUP are reported
 * whether asked for or not. */
static short file_events(const struct __zrt_file *f)
{
	int acc = f->flags & O_ACCMODE;
	short ev = 0;

	if (f->pipe == NULL)
		return READ_EVENTS | WRITE_EVENTS;
	if (acc != O_WRONLY) {
		if (__zrt_pipe_count(f->pipe) > 0)
			ev |= READ_EVENTS;
		if (!__zrt_pipe_writers(f->pipe))
			ev |= POLLHUP; /* end of file once drained, as on Linux */
	}
	if (acc != O_RDONLY) {
		/* Writable when a write of PIPE_BUF bytes would succeed. */
		if (!__zrt_pipe_readers(f->pipe))
			ev |= POLLERR;
		else if (ZRT_PIPE_SIZE - __zrt_pipe_count(f->pipe) >= PIPE_BUF)
			ev |= WRITE_EVENTS;
	}
	return ev;
}

/* Set every revents; returns how many are nonzero.  *others is set when
 * another process holds an end of a polled pipe, and so might make it
 * ready. */
static int scan(struct pollfd *fds, nfds_t nfds, int *others)
{
	int ready = 0;
	nfds_t i;

	*others = 0;
	for (i = 0; i < nfds; i++) {
		struct __zrt_file *f;
		short ev;

		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue; /* ignored, as POSIX says */
		f = __zrt_fd_get(fds[i].fd);
		if (f == NULL) {
			ev = POLLNVAL;
		} else {
			ev = file_events(f) & (fds[i].events | POLLERR | POLLHUP);
			if (f->pipe != NULL && __zrt_pipe_others(f->pipe))
				*others = 1;
		}
		fds[i].revents = ev;
		ready += ev != 0;
	}
	return ready;
}

static int do_poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	int ready, others, ran;

	if (nfds > __zrt_rlimit(RLIMIT_NOFILE)->rlim_cur)
		return -EINVAL;
	if (nfds > 0 && fds == NULL)
		return -EFAULT;
	ready = scan(fds, nfds, &others);
	if (ready > 0 || timeout == 0)
		return ready;
	/* Other processes run first: a timeout passes at once, so they get
	 * one turn before it does; without one, as many as they need, while
	 * any runs at all (the others may all wait for their children). */
	if (others) {
		do {
			ran = __zrt_yield();
			ready = scan(fds, nfds, &others);
		} while (ready == 0 && others && ran && timeout < 0);
		if (ready > 0)
			return ready;
	}
	return __zrt_wait(timeout < 0 ? -1 : (int64_t)timeout * 1000);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	return (int)__zrt_ret(do_poll(fds, nfds, timeout));
}
