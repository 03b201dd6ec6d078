/*
 * statvfs.c - statvfs(3).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/statvfs.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_statvfs(const char *path, struct statvfs *sv)
{
	struct __zrt_loc l;
	int r;

	if (sv == NULL)
		return -EFAULT;
	r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	return __zrt_statvfs_mnt(l.mnt, sv);
}

int statvfs(const char *restrict path, struct statvfs *restrict sv)
{
	return (int)__zrt_ret(do_statvfs(path, sv));
}
