/*
 * memfs_node.c - memfs nodes: making, timestamping and freeing them, and
 * making a memfs.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal/memfs.h"

void __zrt_memfs_touch(struct __zrt_memfs_node *n, int mtime)
{
	/* One clock read for both, so a write's mtime equals its ctime
	 * as on Linux. */
	n->ctime = __zrt_fs_now();
	if (mtime)
		n->mtime = n->ctime;
}

struct __zrt_memfs_node *__zrt_memfs_node_new(struct __zrt_memfs *m, const struct __zrt_create *c)
{
	struct __zrt_memfs_node *n = calloc(1, sizeof(*n));

	if (n == NULL)
		return NULL;
	if (S_ISLNK(c->mode)) {
		size_t len = strlen(c->target);

		n->u.link.target = malloc(len + 1);
		if (n->u.link.target == NULL) {
			free(n);
			return NULL;
		}
		memcpy(n->u.link.target, c->target, len + 1);
		n->u.link.len = len;
	}
	if (S_ISDIR(c->mode))
		n->u.dir.next_seq = ZRT_MEMFS_FIRST_SEQ;
	/* Inode numbers count up in creation order and are never reused,
	 * so they depend only on what the program did. */
	n->ino = m->next_ino++;
	n->mode = c->mode;
	n->uid = c->uid;
	n->gid = c->gid;
	n->rdev = S_ISCHR(c->mode) || S_ISBLK(c->mode) ? c->rdev : 0;
	n->atime = __zrt_fs_now();
	n->mtime = n->atime;
	n->ctime = n->atime;
	m->nodes++;
	return n;
}

void __zrt_memfs_node_put(struct __zrt_memfs *m, struct __zrt_memfs_node *n)
{
	/* An unlinked file lives on while a descriptor, a mapping or the
	 * current directory holds it. */
	if (n->nlink > 0 || n->holds > 0)
		return;
	if (S_ISREG(n->mode)) {
		__zrt_memfs_data_truncate(n, 0);
		free(n->u.file.chunks);
	}
	if (S_ISDIR(n->mode))
		__zrt_memfs_dir_free(n);
	if (S_ISLNK(n->mode))
		free(n->u.link.target);
	free(n);
	m->nodes--;
}

void *__zrt_memfs_new(mode_t root_mode, uid_t uid, gid_t gid)
{
	struct __zrt_memfs *m = calloc(1, sizeof(*m));
	struct __zrt_create c = {S_IFDIR | (root_mode & 07777), uid, gid, 0, NULL};

	if (m == NULL)
		return NULL;
	m->next_ino = 1;
	m->root = __zrt_memfs_node_new(m, &c);
	if (m->root == NULL) {
		free(m);
		return NULL;
	}
	/* The root is its own parent, and its ".." counts as a link. */
	m->root->nlink = 2;
	m->root->u.dir.parent = m->root;
	return m;
}

void __zrt_memfs_set_readonly(void *fs)
{
	((struct __zrt_memfs *)fs)->readonly = 1;
}

int __zrt_memfs_set_extent(void *fs, void *node, int ch, int64_t off, int64_t size)
{
	struct __zrt_memfs_node *n = node;

	(void)fs;
	if (!S_ISREG(n->mode) || n->u.file.size != 0 || ch < 0 || off < 0 || size < 0 ||
	    size > ZRT_MEMFS_MAX_SIZE)
		return -EINVAL;
	__zrt_memfs_data_extent(n, ch, off, size);
	return 0;
}
