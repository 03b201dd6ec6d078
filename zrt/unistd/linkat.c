/*
 * linkat.c - linkat(2): a new name for an existing file.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_linkat(int olddirfd, const char *old, int newdirfd, const char *new, int flags)
{
	char name[NAME_MAX + 1];
	struct __zrt_loc src, dir, there;
	struct stat st;
	int slash, r;

	if (flags & ~AT_SYMLINK_FOLLOW)
		return -EINVAL;
	r = __zrt_resolve(olddirfd, old, (flags & AT_SYMLINK_FOLLOW) ? ZRT_FOLLOW : 0, &src);
	if (r < 0)
		return r;
	r = __zrt_getattr(&src, &st);
	if (r < 0)
		return r;
	if (S_ISDIR(st.st_mode))
		return -EPERM;
	r = __zrt_resolve_parent(newdirfd, new, &dir, name, &slash);
	if (r < 0)
		return r;
	if (__zrt_is_dot(name))
		return -EEXIST;
	r = __zrt_step(&dir, name, &there);
	if (r == 0)
		return -EEXIST;
	if (r != -ENOENT)
		return r;
	if (slash)
		return -ENOENT;
	if (src.mnt != dir.mnt)
		return -EXDEV;
	r = __zrt_can_modify(&dir);
	if (r < 0)
		return r;
	if (dir.mnt->ops->link == NULL)
		return -EROFS;
	return dir.mnt->ops->link(dir.mnt->fs, dir.node, name, src.node);
}

int linkat(int olddirfd, const char *old, int newdirfd, const char *new, int flags)
{
	return (int)__zrt_ret(do_linkat(olddirfd, old, newdirfd, new, flags));
}
