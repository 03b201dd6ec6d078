/*
 * unlink.c - unlink(2), behind remove() and tmpfile().
 */
#include <errno.h>
#include <unistd.h>

#include "internal/syscall.h"

int unlink(const char *path)
{
	/* No file system yet (the VFS comes later): nothing exists. */
	return (int)__zrt_ret(-ENOENT);
}
