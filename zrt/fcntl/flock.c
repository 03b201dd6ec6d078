/*
 * flock.c - flock(2): whole-file locks, which in a single process are
 * always granted.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_flock(int fd, int op)
{
	int kind = op & ~LOCK_NB;

	if (__zrt_fd_get(fd) == NULL)
		return -EBADF;
	if (kind != LOCK_SH && kind != LOCK_EX && kind != LOCK_UN)
		return -EINVAL;
	return 0;
}

int flock(int fd, int op)
{
	return (int)__zrt_ret(do_flock(fd, op));
}
