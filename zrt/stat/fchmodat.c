/*
 * fchmodat.c - fchmodat(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	struct __zrt_loc l;
	struct stat st;
	int r;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	r = __zrt_resolve(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	/* A link's mode means nothing; Linux refuses to set it. */
	if (S_ISLNK(st.st_mode))
		return -EOPNOTSUPP;
	return __zrt_set_mode(&l, mode);
}

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	return (int)__zrt_ret(do_fchmodat(dirfd, path, mode, flags));
}
