/*
 * fstatat.c - fstatat(2), behind stat() and lstat().
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "internal/fd.h"
#include "internal/syscall.h"

/* Linux's AT_EMPTY_PATH, which newlib defines only with _GNU_SOURCE. */
#define EMPTY_PATH 16

static int do_fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	struct __zrt_loc l;
	int r;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | EMPTY_PATH))
		return -EINVAL;
	if (st == NULL)
		return -EFAULT;
	if ((flags & EMPTY_PATH) && path != NULL && path[0] == '\0') {
		struct __zrt_file *f;

		if (dirfd == AT_FDCWD) {
			__zrt_vfs_init();
			return __zrt_getattr(&__zrt_vfs.cwd, st);
		}
		f = __zrt_fd_get(dirfd);
		if (f == NULL)
			return -EBADF;
		return __zrt_file_stat(f, st);
	}
	r = __zrt_resolve(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	return __zrt_getattr(&l, st);
}

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	return (int)__zrt_ret(do_fstatat(dirfd, path, st, flags));
}
