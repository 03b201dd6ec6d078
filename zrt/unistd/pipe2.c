/*
 * pipe2.c - pipe2(2): a pipe inside the process (see internal/pipe.h for
 * what a one-thread program sees when it would have to wait).
 */
#define _GNU_SOURCE 1 /* dup3() and pipe2() are declared for GNU only */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/syscall.h"

static int do_pipe2(int fds[2], int flags)
{
	struct __zrt_file *r, *w;
	struct __zrt_pipe *p;
	int rfd, wfd;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	if (fds == NULL)
		return -EFAULT;
	__zrt_vfs_init();
	p = __zrt_pipe_new();
	r = __zrt_file_new(O_RDONLY | (flags & O_NONBLOCK));
	w = __zrt_file_new(O_WRONLY | (flags & O_NONBLOCK));
	if (p == NULL || r == NULL || w == NULL) {
		if (r != NULL)
			__zrt_file_drop(r);
		if (w != NULL)
			__zrt_file_drop(w);
		if (p != NULL)
			__zrt_pipe_close(p, 0, 0);
		return -ENFILE;
	}
	r->type = S_IFIFO;
	w->type = S_IFIFO;
	r->pipe = p;
	w->pipe = p;
	__zrt_pipe_open(p, 1, 0);
	__zrt_pipe_open(p, 0, 1);
	rfd = __zrt_fd_install(r, 0, flags & O_CLOEXEC);
	if (rfd < 0) {
		__zrt_file_drop(w);
		return rfd;
	}
	wfd = __zrt_fd_install(w, 0, flags & O_CLOEXEC);
	if (wfd < 0) {
		__zrt_fd_close(rfd);
		return wfd;
	}
	fds[0] = rfd;
	fds[1] = wfd;
	return 0;
}

int pipe2(int fds[2], int flags)
{
	return (int)__zrt_ret(do_pipe2(fds, flags));
}
