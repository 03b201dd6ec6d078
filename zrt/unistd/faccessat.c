/*
 * faccessat.c - faccessat(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_faccessat(int dirfd, const char *path, int amode, int flags)
{
	struct __zrt_loc l;
	int r;

	if (amode & ~(R_OK | W_OK | X_OK))
		return -EINVAL;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW))
		return -EINVAL;
	r = __zrt_resolve(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
	if (r < 0 || amode == F_OK)
		return r;
	/* Real and effective ids are the same: AT_EACCESS changes nothing. */
	return __zrt_permit(&l, amode);
}

int faccessat(int dirfd, const char *path, int amode, int flags)
{
	return (int)__zrt_ret(do_faccessat(dirfd, path, amode, flags));
}
