/*
 * write.c - write(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static ssize_t do_write(int fd, const void *buf, size_t count)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	return __zrt_file_write(f, buf, count, -1);
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __zrt_ret(do_write(fd, buf, count));
}
