/*
 * getdents.c - the directory reader behind newlib's readdir().
 */
#include <errno.h>

#include "internal/fd.h"
#include "internal/syscall.h"

/* newlib's libc/posix/readdir.c declares it so. */
int getdents(int fd, void *buf, int nbytes);

int getdents(int fd, void *buf, int nbytes)
{
	/* Only channels are open yet, and none of them is a directory. */
	return (int)__zrt_ret(__zrt_fd_get(fd) == NULL ? -EBADF : -ENOTDIR);
}
