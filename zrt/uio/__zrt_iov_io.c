/*
 * __zrt_iov_io.c - vectored transfers for readv, writev, preadv and
 * pwritev.
 *
 * A vector that fits in one pipe's capacity is gathered into one buffer
 * and written in one step, so that writev() to a pipe is as atomic as
 * write(); otherwise each piece goes on its own and a short transfer
 * ends the call.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#include "internal/fd.h"
#include "internal/pipe.h"

ssize_t __zrt_iov_io(int fd, const struct iovec *iov, int iovcnt, int64_t off, int writing)
{
	struct __zrt_file *f = __zrt_fd_get(fd);
	size_t total = 0, done = 0;
	ssize_t r;
	int i;

	if (f == NULL)
		return -EBADF;
	if (iovcnt <= 0 || iovcnt > IOV_MAX)
		return -EINVAL;
	if (iov == NULL)
		return -EFAULT;
	for (i = 0; i < iovcnt; i++) {
		if (iov[i].iov_len > SSIZE_MAX - total)
			return -EINVAL;
		total += iov[i].iov_len;
	}
	if (writing && iovcnt > 1 && total <= ZRT_PIPE_SIZE) {
		char *buf = malloc(total ? total : 1);

		if (buf != NULL) {
			for (i = 0; i < iovcnt; i++) {
				memcpy(buf + done, iov[i].iov_base, iov[i].iov_len);
				done += iov[i].iov_len;
			}
			r = __zrt_file_write(f, buf, total, off);
			free(buf);
			return r;
		}
	}
	for (i = 0; i < iovcnt; i++) {
		int64_t at = off < 0 ? -1 : off + (int64_t)done;

		if (iov[i].iov_len == 0)
			continue;
		r = writing ? __zrt_file_write(f, iov[i].iov_base, iov[i].iov_len, at)
			    : __zrt_file_read(f, iov[i].iov_base, iov[i].iov_len, at);
		if (r < 0)
			return done > 0 ? (ssize_t)done : r;
		done += (size_t)r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	if (done == 0 && total == 0) {
		/* Nothing to move, but the descriptor's mode still counts. */
		return writing ? __zrt_file_write(f, "", 0, off) : __zrt_file_read(f, NULL, 0, off);
	}
	return (ssize_t)done;
}
