/*
 * dup.c - dup(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_dup(int fd)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	/* Both descriptors share the description: offset and flags. */
	f->refs++;
	return __zrt_fd_install(f, 0, 0);
}

int dup(int fd)
{
	return (int)__zrt_ret(do_dup(fd));
}
