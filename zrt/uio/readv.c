/*
 * readv.c - readv(2).
 */
#include <sys/uio.h>

#include "internal/fd.h"
#include "internal/syscall.h"

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	return __zrt_ret(__zrt_iov_io(fd, iov, iovcnt, -1, 0));
}
