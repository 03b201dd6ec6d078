/*
 * fchown.c - fchown(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_fchown(int fd, uid_t uid, gid_t gid)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL)
		return 0; /* an anonymous pipe has nothing to keep an owner in */
	return __zrt_set_owner(&f->loc, uid, gid);
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	return (int)__zrt_ret(do_fchown(fd, uid, gid));
}
