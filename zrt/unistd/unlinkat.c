/*
 * unlinkat.c - unlinkat(2): remove a name, or with AT_REMOVEDIR an empty
 * directory (what unlink() and rmdir() do).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_unlinkat(int dirfd, const char *path, int flags)
{
	int rmdir = (flags & AT_REMOVEDIR) != 0;
	char name[NAME_MAX + 1];
	struct __zrt_loc dir, victim;
	struct stat st;
	int slash, r;

	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	r = __zrt_resolve_parent(dirfd, path, &dir, name, &slash);
	if (r < 0)
		return r;
	if (__zrt_is_dot(name)) {
		/* Linux's answers: "." cannot go (EINVAL), ".." is never
		 * empty, and neither is a file for unlink. */
		if (!rmdir)
			return -EISDIR;
		return strcmp(name, ".") == 0 ? -EINVAL : -ENOTEMPTY;
	}
	r = __zrt_step(&dir, name, &victim);
	if (r < 0)
		return r;
	r = __zrt_getattr(&victim, &st);
	if (r < 0)
		return r;
	if (rmdir) {
		if (!S_ISDIR(st.st_mode))
			return -ENOTDIR;
		if (__zrt_is_mountpoint(&victim))
			return -EBUSY;
	} else {
		/* POSIX allows EPERM; Linux says EISDIR, which tells more. */
		if (S_ISDIR(st.st_mode))
			return -EISDIR;
		if (slash)
			return -ENOTDIR;
	}
	r = __zrt_can_modify(&dir);
	if (r < 0)
		return r;
	r = __zrt_sticky_ok(&dir, &victim);
	if (r < 0)
		return r;
	if (dir.mnt->ops->remove == NULL)
		return -EROFS;
	return dir.mnt->ops->remove(dir.mnt->fs, dir.node, name);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	return (int)__zrt_ret(do_unlinkat(dirfd, path, flags));
}
