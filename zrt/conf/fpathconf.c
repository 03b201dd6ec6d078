/*
 * fpathconf.c - fpathconf(3): the limits of an open file.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/conf.h"
#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fpathconf(int fd, int name, long *value)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	return __zrt_pathconf(f->loc.mnt, name, value);
}

long fpathconf(int fd, int name)
{
	long value;
	int r = do_fpathconf(fd, name, &value);

	/* A value of -1 (no limit) leaves errno alone. */
	return r < 0 ? __zrt_ret(r) : value;
}
