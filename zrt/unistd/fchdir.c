/*
 * fchdir.c - fchdir(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fchdir(int fd)
{
	struct __zrt_file *f = __zrt_fd_get(fd);
	struct __zrt_loc l;
	struct stat st;
	int r;

	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL || !S_ISDIR(f->type))
		return -ENOTDIR;
	l = f->loc;
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	r = __zrt_permit_st(&st, X_OK);
	if (r < 0)
		return r;
	__zrt_loc_hold(&l);
	__zrt_loc_release(&__zrt_vfs.cwd);
	__zrt_vfs.cwd = l;
	return 0;
}

int fchdir(int fd)
{
	return (int)__zrt_ret(do_fchdir(fd));
}
