/*
 * fstat.c - fstat(2).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fstat(int fd, struct stat *st)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (st == NULL)
		return -EFAULT;
	return __zrt_file_stat(f, st);
}

int fstat(int fd, struct stat *st)
{
	return (int)__zrt_ret(do_fstat(fd, st));
}
