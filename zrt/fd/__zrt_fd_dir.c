/*
 * __zrt_fd_dir.c - the directory a *at() call starts from.
 */
#include <errno.h>
#include <fcntl.h>

#include "internal/fd.h"

int __zrt_fd_dir(int dirfd, struct __zrt_loc *out)
{
	struct __zrt_file *f;

	if (dirfd == AT_FDCWD) {
		*out = __zrt_vfs.cwd;
		return 0;
	}
	f = __zrt_fd_get(dirfd);
	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL || !S_ISDIR(f->type))
		return -ENOTDIR;
	*out = f->loc;
	return 0;
}
