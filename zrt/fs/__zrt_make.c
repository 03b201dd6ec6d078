/*
 * __zrt_make.c - the creation step that mkdir, mknod, mkfifo and
 * symlink share.
 */
#include <errno.h>

#include "internal/path.h"

int __zrt_make(int dirfd, const char *path, struct __zrt_create *c)
{
	char name[NAME_MAX + 1];
	struct __zrt_loc dir, old;
	struct stat st;
	void *node;
	int slash, r;

	r = __zrt_resolve_parent(dirfd, path, &dir, name, &slash);
	if (r < 0)
		return r;
	if (__zrt_is_dot(name))
		return -EEXIST;
	r = __zrt_step(&dir, name, &old);
	if (r == 0)
		return -EEXIST;
	if (r != -ENOENT)
		return r;
	/* "name/" can only name a directory. */
	if (slash && !S_ISDIR(c->mode))
		return -ENOENT;
	r = __zrt_can_modify(&dir);
	if (r < 0)
		return r;
	/* A directory's set-group-ID bit passes to new directories, as on
	 * Linux and BSD. */
	r = __zrt_getattr(&dir, &st);
	if (r < 0)
		return r;
	if (!S_ISLNK(c->mode))
		c->mode = (c->mode & S_IFMT) | (c->mode & 07777 & ~__zrt_vfs.umask);
	if (S_ISDIR(c->mode) && (st.st_mode & S_ISGID))
		c->mode |= S_ISGID;
	c->uid = __zrt_fs_uid();
	c->gid = (st.st_mode & S_ISGID) ? st.st_gid : __zrt_fs_gid();
	if (dir.mnt->ops->create == NULL)
		return -EROFS;
	return dir.mnt->ops->create(dir.mnt->fs, dir.node, name, c, &node);
}
