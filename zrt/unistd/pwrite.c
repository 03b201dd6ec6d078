/*
 * pwrite.c - pwrite(2): write at an offset, leaving the file offset alone.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static ssize_t do_pwrite(int fd, const void *buf, size_t count, off_t off)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (off < 0)
		return __zrt_file_seekable(f) ? -EINVAL : -ESPIPE;
	return __zrt_file_write(f, buf, count, off);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t off)
{
	return __zrt_ret(do_pwrite(fd, buf, count, off));
}
