/*
 * __zrt_mount.c - add a file system to the mount table.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/statvfs.h>

#include "internal/path.h"

int __zrt_mount(const char *path, const struct __zrt_fs_ops *ops, void *fs)
{
	struct __zrt_vfs *v = &__zrt_vfs;
	struct __zrt_mnt *m;
	struct __zrt_loc at = {NULL, NULL};
	struct statvfs sv;
	struct stat st;
	int r;

	__zrt_vfs_init();
	if (path == NULL || ops == NULL || ops->root == NULL || ops->lookup == NULL ||
	    ops->getattr == NULL || ops->hold == NULL || ops->release == NULL)
		return -EINVAL;
	if (v->nmounts == ZRT_MOUNT_MAX)
		return -EMFILE;
	if (v->nmounts == 0) {
		/* The very first mount is the root and covers nothing. */
		if (strcmp(path, "/") != 0)
			return -EINVAL;
	} else {
		r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &at);
		if (r < 0)
			return r;
		r = __zrt_getattr(&at, &st);
		if (r < 0)
			return r;
		if (!S_ISDIR(st.st_mode))
			return -ENOTDIR;
	}
	m = &v->mounts[v->nmounts];
	memset(m, 0, sizeof(*m));
	m->ops = ops;
	m->fs = fs;
	m->root = ops->root(fs);
	m->dev = (dev_t)(v->nmounts + 1);
	if (ops->statvfs != NULL && ops->statvfs(fs, &sv) == 0 && (sv.f_flag & ST_RDONLY))
		m->readonly = 1;
	ops->hold(fs, m->root);
	if (at.mnt != NULL) {
		m->covered_mnt = at.mnt;
		m->covered = at.node;
		__zrt_loc_hold(&at);
	}
	v->nmounts++;
	return 0;
}
