/*
 * __zrt_fd_close.c - close one descriptor.
 */
#include <errno.h>
#include <stddef.h>

#include "internal/fd.h"

int __zrt_fd_close(int fd)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	__zrt_fds[fd].file = NULL;
	__zrt_fds[fd].cloexec = 0;
	__zrt_file_drop(f);
	return 0;
}
