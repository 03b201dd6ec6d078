/*
 * dup3.c - dup3(2), and the step dup2() shares with it.
 */
#define _GNU_SOURCE 1 /* dup3() and pipe2() are declared for GNU only */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

int __zrt_dup3(int old, int new, int cloexec)
{
	struct __zrt_file *f = __zrt_fd_get(old), *prev;

	if (f == NULL || new < 0 || new >= __zrt_fd_limit())
		return -EBADF;
	if (old == new)
		return -EINVAL;
	/* Take the reference first: closing new may drop the last other
	 * reference to a description they share. */
	f->refs++;
	prev = __zrt_fds[new].file;
	__zrt_fds[new].file = f;
	__zrt_fds[new].cloexec = cloexec != 0;
	if (prev != NULL)
		__zrt_file_drop(prev); /* errors of that close are not reported */
	return new;
}

int dup3(int old, int new, int flags)
{
	if (flags & ~O_CLOEXEC)
		return (int)__zrt_ret(-EINVAL);
	return (int)__zrt_ret(__zrt_dup3(old, new, flags & O_CLOEXEC));
}
