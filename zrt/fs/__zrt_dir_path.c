/*
 * __zrt_dir_path.c - the absolute path of a directory, for getcwd() and
 * realpath(): climb ".." to the root, finding each directory's name in
 * its parent's listing.
 *
 * Nothing is cached, so renames of any directory above are always seen.
 * Permissions are not checked on the way, as Linux's getcwd does not.
 */
#include <errno.h>
#include <string.h>

#include "internal/path.h"

/* The name of child in directory dir. */
static int name_in(const struct __zrt_loc *dir, void *child, char *name)
{
	const struct __zrt_fs_ops *ops = dir->mnt->ops;
	struct __zrt_vfs_dirent de;
	uint64_t pos = 0;
	void *node;
	int r;

	if (ops->readdir == NULL)
		return -ENOENT;
	while ((r = ops->readdir(dir->mnt->fs, dir->node, &pos, &de)) > 0) {
		if (__zrt_is_dot(de.name))
			continue;
		node = de.node;
		if (node == NULL && ops->lookup(dir->mnt->fs, dir->node, de.name, &node) < 0)
			continue;
		if (node == child) {
			strcpy(name, de.name);
			return 0;
		}
	}
	return r < 0 ? r : -ENOENT;
}

int __zrt_dir_path(const struct __zrt_loc *l, char *buf, size_t size)
{
	char tmp[PATH_MAX], name[NAME_MAX + 1];
	size_t at = sizeof(tmp) - 1, len;
	struct __zrt_loc cur = *l, up;
	void *node;
	int r;

	tmp[at] = '\0';
	for (;;) {
		/* The root of a mount is named by the directory it covers. */
		while (cur.node == cur.mnt->root && cur.mnt->covered_mnt != NULL) {
			node = cur.mnt->covered;
			cur.mnt = cur.mnt->covered_mnt;
			cur.node = node;
		}
		if (cur.node == cur.mnt->root)
			break;
		if (cur.mnt->ops->parent == NULL)
			return -ENOENT;
		r = cur.mnt->ops->parent(cur.mnt->fs, cur.node, &node);
		if (r < 0)
			return r;
		up.mnt = cur.mnt;
		up.node = node;
		r = name_in(&up, cur.node, name);
		if (r < 0)
			return r;
		len = strlen(name);
		if (len + 1 > at)
			return -ENAMETOOLONG;
		at -= len;
		memcpy(tmp + at, name, len);
		tmp[--at] = '/';
		cur = up;
	}
	if (tmp[at] == '\0')
		tmp[--at] = '/';
	len = sizeof(tmp) - 1 - at;
	if (len + 1 > size)
		return -ERANGE;
	memcpy(buf, tmp + at, len + 1);
	return 0;
}
