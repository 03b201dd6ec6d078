/*
 * write.c - write(2) on a descriptor.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/channel.h"
#include "internal/fd.h"
#include "internal/syscall.h"

static ssize_t do_write(int fd, const void *buf, size_t count)
{
	struct __zrt_fd *f = __zrt_fd_get(fd);
	ssize_t r;

	if (f == NULL)
		return -EBADF;
	if (count == 0)
		return 0;
	r = __zrt_channel_write(fd, buf, count, f->pos);
	if (r > 0)
		f->pos += r;
	return r;
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __zrt_ret(do_write(fd, buf, count));
}
