/*
 * open.c - open(2).
 */
#include <errno.h>
#include <fcntl.h>

#include "internal/syscall.h"

int open(const char *path, int flags, ...)
{
	/* There is no file system yet: the VFS (memfs, /dev, tar images)
	 * comes later, and until then nothing can be found. */
	return (int)__zrt_ret(-ENOENT);
}
