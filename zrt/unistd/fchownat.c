/*
 * fchownat.c - fchownat(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	struct __zrt_loc l;
	int r;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	r = __zrt_resolve(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	return __zrt_set_owner(&l, uid, gid);
}

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return (int)__zrt_ret(do_fchownat(dirfd, path, uid, gid, flags));
}
