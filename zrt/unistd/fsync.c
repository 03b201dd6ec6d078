/*
 * fsync.c - fsync(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

int fsync(int fd)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	/* Files live in memory and channel writes reach the supervisor at
	 * once: nothing is ever waiting to be written.  Pipes cannot be
	 * synced (EINVAL, as on Linux). */
	if (f == NULL)
		return (int)__zrt_ret(-EBADF);
	if (f->pipe != NULL)
		return (int)__zrt_ret(-EINVAL);
	return 0;
}
