/*
 * renameat.c - renameat(2), behind rename(): one step that replaces the
 * target, so that no moment exists where neither name is there.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

/* Whether directory dir is src or lies below it: climb ".." from dir
 * within src's file system (a rename never leaves it). */
static int below(const struct __zrt_loc *dir, const struct __zrt_loc *src)
{
	struct __zrt_loc cur = *dir;
	void *up;

	for (;;) {
		if (cur.node == src->node)
			return 1;
		if (cur.node == cur.mnt->root || cur.mnt->ops->parent == NULL)
			return 0;
		if (cur.mnt->ops->parent(cur.mnt->fs, cur.node, &up) < 0 || up == cur.node)
			return 0;
		cur.node = up;
	}
}

static int do_renameat(int odirfd, const char *old, int ndirfd, const char *new)
{
	char oname[NAME_MAX + 1], nname[NAME_MAX + 1];
	struct __zrt_loc odir, ndir, src, dst;
	struct stat sst, dst_st;
	int oslash, nslash, have_dst, r;

	r = __zrt_resolve_parent(odirfd, old, &odir, oname, &oslash);
	if (r < 0)
		return r;
	r = __zrt_resolve_parent(ndirfd, new, &ndir, nname, &nslash);
	if (r < 0)
		return r;
	r = __zrt_step(&odir, oname, &src);
	if (r < 0)
		return r;
	/* POSIX: a last component "." or ".." is EINVAL. */
	if (__zrt_is_dot(oname) || __zrt_is_dot(nname))
		return -EINVAL;
	r = __zrt_getattr(&src, &sst);
	if (r < 0)
		return r;
	r = __zrt_step(&ndir, nname, &dst);
	if (r < 0 && r != -ENOENT)
		return r;
	have_dst = r == 0;
	if (!S_ISDIR(sst.st_mode) && (oslash || nslash))
		return -ENOTDIR;
	if (have_dst) {
		if (dst.mnt == src.mnt && dst.node == src.node)
			return 0; /* the same file: nothing to do */
		r = __zrt_getattr(&dst, &dst_st);
		if (r < 0)
			return r;
		if (S_ISDIR(sst.st_mode) && !S_ISDIR(dst_st.st_mode))
			return -ENOTDIR;
		if (!S_ISDIR(sst.st_mode) && S_ISDIR(dst_st.st_mode))
			return -EISDIR;
		if (__zrt_is_mountpoint(&dst))
			return -EBUSY;
	}
	if (__zrt_is_mountpoint(&src))
		return -EBUSY;
	if (odir.mnt != ndir.mnt || src.mnt != odir.mnt)
		return -EXDEV;
	if (S_ISDIR(sst.st_mode) && below(&ndir, &src))
		return -EINVAL;
	r = __zrt_can_modify(&odir);
	if (r < 0)
		return r;
	r = __zrt_can_modify(&ndir);
	if (r < 0)
		return r;
	r = __zrt_sticky_ok(&odir, &src);
	if (r < 0)
		return r;
	if (have_dst) {
		r = __zrt_sticky_ok(&ndir, &dst);
		if (r < 0)
			return r;
	}
	/* A directory that changes parent rewrites its "..": Linux wants
	 * write permission on it for that. */
	if (S_ISDIR(sst.st_mode) && odir.node != ndir.node) {
		r = __zrt_permit(&src, W_OK);
		if (r < 0)
			return r;
	}
	if (odir.mnt->ops->rename == NULL)
		return -EROFS;
	return odir.mnt->ops->rename(odir.mnt->fs, odir.node, oname, ndir.node, nname);
}

int renameat(int odirfd, const char *old, int ndirfd, const char *new)
{
	return (int)__zrt_ret(do_renameat(odirfd, old, ndirfd, new));
}
