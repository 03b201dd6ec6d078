/*
 * stat.c - stat(2).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/syscall.h"

int stat(const char *restrict path, struct stat *restrict st)
{
	/* No file system yet (the VFS comes later): nothing exists. */
	return (int)__zrt_ret(-ENOENT);
}
