/*
 * close.c - close(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_close(int fd)
{
	struct __zrt_fd *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	/* The channel itself stays the supervisor's; the descriptor is
	 * just gone, as after close() of a standard stream on Linux. */
	f->closed = 1;
	return 0;
}

int close(int fd)
{
	return (int)__zrt_ret(do_close(fd));
}
