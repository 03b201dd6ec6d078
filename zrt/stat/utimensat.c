/*
 * utimensat.c - utimensat(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static int do_utimensat(int dirfd, const char *path, const struct timespec *ts, int flags)
{
	struct __zrt_loc l;
	int r;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	r = __zrt_resolve(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	return __zrt_set_times(&l, ts);
}

int utimensat(int dirfd, const char *path, const struct timespec *ts, int flags)
{
	return (int)__zrt_ret(do_utimensat(dirfd, path, ts, flags));
}
