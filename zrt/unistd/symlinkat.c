/*
 * symlinkat.c - symlinkat(2).
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_symlinkat(const char *target, int dirfd, const char *path)
{
	struct __zrt_create c = {0};
	size_t len;

	if (target == NULL)
		return -EFAULT;
	len = strnlen(target, PATH_MAX);
	if (len == 0)
		return -ENOENT;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	/* A link's own mode is always 0777; only its target matters. */
	c.mode = S_IFLNK | 0777;
	c.target = target;
	return __zrt_make(dirfd, path, &c);
}

int symlinkat(const char *target, int dirfd, const char *path)
{
	return (int)__zrt_ret(do_symlinkat(target, dirfd, path));
}
