/*
 * pwritev.c - pwritev(2): vectored I/O at an offset.
 */
#include <errno.h>
#include <sys/uio.h>

#include "internal/fd.h"
#include "internal/syscall.h"

ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t off)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return __zrt_ret(-EBADF);
	if (off < 0)
		return __zrt_ret(__zrt_file_seekable(f) ? -EINVAL : -ESPIPE);
	return __zrt_ret(__zrt_iov_io(fd, iov, iovcnt, off, 1));
}
