/*
 * read.c - read(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static ssize_t do_read(int fd, void *buf, size_t count)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	return __zrt_file_read(f, buf, count, -1);
}

ssize_t read(int fd, void *buf, size_t count)
{
	return __zrt_ret(do_read(fd, buf, count));
}
