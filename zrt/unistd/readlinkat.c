/*
 * readlinkat.c - readlinkat(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static ssize_t do_readlinkat(int dirfd, const char *path, char *buf, size_t size)
{
	struct __zrt_loc l;
	struct stat st;
	int r;

	if (size == 0 || size > SSIZE_MAX)
		return -EINVAL;
	r = __zrt_resolve(dirfd, path, 0, &l);
	if (r < 0)
		return r;
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	if (!S_ISLNK(st.st_mode) || l.mnt->ops->readlink == NULL)
		return -EINVAL;
	/* Not NUL-terminated, and silently cut to size, as POSIX says. */
	return l.mnt->ops->readlink(l.mnt->fs, l.node, buf, size);
}

ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size)
{
	return __zrt_ret(do_readlinkat(dirfd, path, buf, size));
}
