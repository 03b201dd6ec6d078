/*
 * fchmod.c - fchmod(2).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fchmod(int fd, mode_t mode)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL)
		return 0; /* an anonymous pipe keeps no mode */
	return __zrt_set_mode(&f->loc, mode);
}

int fchmod(int fd, mode_t mode)
{
	return (int)__zrt_ret(do_fchmod(fd, mode));
}
