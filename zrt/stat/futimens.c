/*
 * futimens.c - futimens(2).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_futimens(int fd, const struct timespec *ts)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL)
		return 0; /* an anonymous pipe keeps no times */
	return __zrt_set_times(&f->loc, ts);
}

int futimens(int fd, const struct timespec *ts)
{
	return (int)__zrt_ret(do_futimens(fd, ts));
}
