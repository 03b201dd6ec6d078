/*
 * lstat.c - lstat(2).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/syscall.h"

int lstat(const char *restrict path, struct stat *restrict st)
{
	/* No file system yet (the VFS comes later): nothing exists. */
	return (int)__zrt_ret(-ENOENT);
}
