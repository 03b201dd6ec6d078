/*
 * ftruncate.c - ftruncate(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_ftruncate(int fd, off_t length)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (length < 0)
		return -EINVAL;
	/* Linux: EINVAL for a descriptor not open for writing or not on a
	 * regular file (POSIX allows EBADF for the first). */
	if ((f->flags & O_ACCMODE) == O_RDONLY || f->loc.mnt == NULL || !S_ISREG(f->type))
		return -EINVAL;
	return __zrt_truncate_loc(&f->loc, length);
}

int ftruncate(int fd, off_t length)
{
	return (int)__zrt_ret(do_ftruncate(fd, length));
}
