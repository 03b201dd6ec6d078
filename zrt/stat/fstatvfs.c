/*
 * fstatvfs.c - fstatvfs(3).
 */
#include <errno.h>
#include <string.h>
#include <sys/statvfs.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fstatvfs(int fd, struct statvfs *sv)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (sv == NULL)
		return -EFAULT;
	if (f->loc.mnt == NULL) {
		/* Pipes live in no file system; report an empty one. */
		memset(sv, 0, sizeof(*sv));
		sv->f_bsize = 4096;
		sv->f_frsize = 4096;
		sv->f_namemax = NAME_MAX;
		return 0;
	}
	return __zrt_statvfs_mnt(f->loc.mnt, sv);
}

int fstatvfs(int fd, struct statvfs *sv)
{
	return (int)__zrt_ret(do_fstatvfs(fd, sv));
}
