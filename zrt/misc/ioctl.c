/*
 * ioctl.c - ioctl(2): the few requests that mean something without a
 * terminal or a device driver.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/ioctl.h>

#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/syscall.h"

static int do_ioctl(int fd, unsigned long req, void *arg)
{
	struct __zrt_file *f = __zrt_fd_get(fd);
	struct stat st;
	int64_t left;
	int r;

	if (f == NULL)
		return -EBADF;
	switch (req) {
	case FIONREAD:
		/* Bytes that a read would return now: queued in a pipe,
		 * left before the end of a regular file. */
		if (arg == NULL)
			return -EFAULT;
		if (f->pipe != NULL) {
			*(int *)arg = (int)__zrt_pipe_count(f->pipe);
			return 0;
		}
		if (!S_ISREG(f->type))
			return -ENOTTY;
		r = __zrt_file_stat(f, &st);
		if (r < 0)
			return r;
		left = st.st_size > f->pos ? st.st_size - f->pos : 0;
		*(int *)arg = left > INT_MAX ? INT_MAX : (int)left;
		return 0;
	case FIONBIO:
		if (arg == NULL)
			return -EFAULT;
		if (*(int *)arg)
			f->flags |= O_NONBLOCK;
		else
			f->flags &= ~O_NONBLOCK;
		return 0;
	case FIOCLEX:
	case FIONCLEX:
		__zrt_fds[fd].cloexec = req == FIOCLEX;
		return 0;
	default:
		/* Terminal requests included: nothing is a terminal. */
		return -ENOTTY;
	}
}

int ioctl(int fd, unsigned long req, ...)
{
	void *arg = NULL;
	va_list ap;

	/* FIOCLEX and FIONCLEX take no argument; do not read one. */
	va_start(ap, req);
	if (req != FIOCLEX && req != FIONCLEX)
		arg = va_arg(ap, void *);
	va_end(ap);
	return (int)__zrt_ret(do_ioctl(fd, req, arg));
}
