/*
 * memfs.c - memfs's operations: the table the VFS calls (see vfs.h).
 *
 * The VFS has already checked permissions, types and names; these only
 * keep the tree, the link counts and the timestamps right.  Directories
 * count their subdirectories' ".." in nlink, as on Linux.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/memfs.h"

#define M(fs) ((struct __zrt_memfs *)(fs))
#define N(node) ((struct __zrt_memfs_node *)(node))

/* st_blksize of memfs files: any size costs no trap, so a page. */
#define BLKSIZE 4096

static void *mf_root(void *fs)
{
	return M(fs)->root;
}

static void mf_hold(void *fs, void *node)
{
	N(node)->holds++;
}

static void mf_release(void *fs, void *node)
{
	N(node)->holds--;
	__zrt_memfs_node_put(M(fs), N(node));
}

static int mf_lookup(void *fs, void *dir, const char *name, void **node)
{
	struct __zrt_memfs_ent *e = __zrt_memfs_dir_find(N(dir), name);

	if (e == NULL)
		return -ENOENT;
	*node = e->node;
	return 0;
}

static int mf_parent(void *fs, void *dir, void **node)
{
	if (N(dir)->u.dir.parent == NULL)
		return -ENOENT; /* removed */
	*node = N(dir)->u.dir.parent;
	return 0;
}

static int mf_getattr(void *fs, void *node, struct stat *st)
{
	struct __zrt_memfs_node *n = N(node);

	memset(st, 0, sizeof(*st));
	st->st_ino = (ino_t)n->ino;
	st->st_mode = n->mode;
	st->st_nlink = (nlink_t)n->nlink;
	st->st_uid = n->uid;
	st->st_gid = n->gid;
	st->st_rdev = n->rdev;
	st->st_atim = n->atime;
	st->st_mtim = n->mtime;
	st->st_ctim = n->ctime;
	st->st_blksize = BLKSIZE;
	if (S_ISREG(n->mode)) {
		st->st_size = (off_t)n->u.file.size;
		st->st_blocks = (blkcnt_t)((n->u.file.bytes + 511) / 512);
	} else if (S_ISDIR(n->mode)) {
		/* Like a small ext4 directory: one block. */
		st->st_size = BLKSIZE;
		st->st_blocks = BLKSIZE / 512;
	} else if (S_ISLNK(n->mode)) {
		st->st_size = (off_t)n->u.link.len;
	}
	return 0;
}

static int mf_readdir(void *fs, void *dir, uint64_t *pos, struct __zrt_vfs_dirent *out)
{
	struct __zrt_memfs_node *d = N(dir);
	struct __zrt_memfs_ent *e;

	/* A removed directory lists nothing, not even "." and "..". */
	if (d->u.dir.parent == NULL)
		return 0;
	if (*pos < ZRT_MEMFS_FIRST_SEQ) {
		struct __zrt_memfs_node *n = *pos == 0 ? d : d->u.dir.parent;

		out->ino = n->ino;
		out->type = DT_DIR;
		out->node = n;
		strcpy(out->name, *pos == 0 ? "." : "..");
		*pos += 1;
		return 1;
	}
	e = __zrt_memfs_dir_next(d, *pos);
	if (e == NULL)
		return 0;
	out->ino = e->node->ino;
	out->type = (unsigned char)((e->node->mode & S_IFMT) >> 12);
	out->node = e->node;
	memcpy(out->name, e->name, (size_t)e->len + 1);
	*pos = e->seq + 1;
	return 1;
}

static ssize_t mf_readlink(void *fs, void *node, char *buf, size_t size)
{
	struct __zrt_memfs_node *n = N(node);
	size_t len = n->u.link.len < size ? n->u.link.len : size;

	if (!S_ISLNK(n->mode))
		return -EINVAL;
	memcpy(buf, n->u.link.target, len);
	return (ssize_t)len;
}

static ssize_t mf_read(void *fs, void *node, void *buf, size_t size, int64_t off)
{
	if (!S_ISREG(N(node)->mode))
		return -EINVAL;
	return __zrt_memfs_data_read(N(node), buf, size, off);
}

static ssize_t mf_write(void *fs, void *node, const void *buf, size_t size, int64_t off)
{
	ssize_t r;

	if (M(fs)->readonly)
		return -EROFS;
	if (!S_ISREG(N(node)->mode))
		return -EINVAL;
	r = __zrt_memfs_data_write(N(node), buf, size, off);
	if (r > 0)
		__zrt_memfs_touch(N(node), 1);
	return r;
}

static int mf_truncate(void *fs, void *node, int64_t size)
{
	int r;

	if (M(fs)->readonly)
		return -EROFS;
	if (!S_ISREG(N(node)->mode))
		return -EINVAL;
	r = __zrt_memfs_data_truncate(N(node), size);
	if (r == 0)
		__zrt_memfs_touch(N(node), 1);
	return r;
}

static int mf_setattr(void *fs, void *node, const struct __zrt_setattr *sa)
{
	struct __zrt_memfs_node *n = N(node);

	if (M(fs)->readonly)
		return -EROFS;
	if (sa->mask & ZRT_SET_MODE)
		n->mode = (n->mode & S_IFMT) | (sa->mode & 07777);
	if (sa->mask & ZRT_SET_UID)
		n->uid = sa->uid;
	if (sa->mask & ZRT_SET_GID)
		n->gid = sa->gid;
	if (sa->mask & ZRT_SET_ATIME)
		n->atime = sa->atime;
	if (sa->mask & ZRT_SET_MTIME)
		n->mtime = sa->mtime;
	if (sa->mask & ZRT_SET_CTIME)
		n->ctime = sa->ctime;
	else
		__zrt_memfs_touch(n, 0);
	return 0;
}

static int mf_create(void *fs, void *dir, const char *name, const struct __zrt_create *c,
		     void **node)
{
	struct __zrt_memfs_node *d = N(dir), *n;
	int r;

	if (M(fs)->readonly)
		return -EROFS;
	if (d->u.dir.parent == NULL)
		return -ENOENT; /* no new entries in a removed directory */
	if (S_ISDIR(c->mode) && d->nlink >= ZRT_MEMFS_LINK_MAX)
		return -EMLINK;
	n = __zrt_memfs_node_new(M(fs), c);
	if (n == NULL)
		return -ENOSPC;
	r = __zrt_memfs_dir_add(d, name, n);
	if (r < 0) {
		__zrt_memfs_node_put(M(fs), n);
		return r;
	}
	if (S_ISDIR(c->mode)) {
		n->nlink = 2;
		n->u.dir.parent = d;
		d->nlink++;
	} else {
		n->nlink = 1;
	}
	__zrt_memfs_touch(d, 1);
	*node = n;
	return 0;
}

static int mf_link(void *fs, void *dir, const char *name, void *node)
{
	struct __zrt_memfs_node *d = N(dir), *n = N(node);
	int r;

	if (M(fs)->readonly)
		return -EROFS;
	if (d->u.dir.parent == NULL || n->nlink == 0)
		return -ENOENT;
	if (n->nlink >= ZRT_MEMFS_LINK_MAX)
		return -EMLINK;
	r = __zrt_memfs_dir_add(d, name, n);
	if (r < 0)
		return r;
	n->nlink++;
	__zrt_memfs_touch(n, 0);
	__zrt_memfs_touch(d, 1);
	return 0;
}

/* Take n's entry away from d: the bookkeeping shared by remove and a
 * rename that replaces. */
static void unlink_node(struct __zrt_memfs *m, struct __zrt_memfs_node *d,
			struct __zrt_memfs_node *n)
{
	if (S_ISDIR(n->mode)) {
		n->nlink = 0;
		n->u.dir.parent = NULL;
		d->nlink--;
	} else {
		n->nlink--;
	}
	__zrt_memfs_touch(n, 0);
	__zrt_memfs_node_put(m, n);
}

static int mf_remove(void *fs, void *dir, const char *name)
{
	struct __zrt_memfs_node *d = N(dir), *n;
	struct __zrt_memfs_ent *e;

	if (M(fs)->readonly)
		return -EROFS;
	e = __zrt_memfs_dir_find(d, name);
	if (e == NULL)
		return -ENOENT;
	n = e->node;
	if (S_ISDIR(n->mode) && n->u.dir.live > 0)
		return -ENOTEMPTY;
	__zrt_memfs_dir_del(d, e);
	__zrt_memfs_touch(d, 1);
	unlink_node(M(fs), d, n);
	return 0;
}

static int mf_rename(void *fs, void *odir, const char *oname, void *ndir, const char *nname)
{
	struct __zrt_memfs_node *od = N(odir), *nd = N(ndir), *n, *old = NULL;
	struct __zrt_memfs_ent *oe, *ne;
	int r;

	if (M(fs)->readonly)
		return -EROFS;
	oe = __zrt_memfs_dir_find(od, oname);
	if (oe == NULL)
		return -ENOENT;
	if (nd->u.dir.parent == NULL)
		return -ENOENT;
	n = oe->node;
	ne = __zrt_memfs_dir_find(nd, nname);
	if (ne != NULL && ne->node == n)
		return 0; /* two links to one file: POSIX says do nothing */
	if (ne != NULL) {
		old = ne->node;
		if (S_ISDIR(old->mode) && old->u.dir.live > 0)
			return -ENOTEMPTY;
		/* The new name takes the old entry's place in the listing. */
		ne->node = n;
	} else {
		if (S_ISDIR(n->mode) && od != nd && nd->nlink >= ZRT_MEMFS_LINK_MAX)
			return -EMLINK;
		/* The only step that can fail, so it comes first. */
		r = __zrt_memfs_dir_add(nd, nname, n);
		if (r < 0)
			return r;
	}
	__zrt_memfs_dir_del(od, oe);
	if (S_ISDIR(n->mode) && od != nd) {
		od->nlink--;
		nd->nlink++;
		n->u.dir.parent = nd;
	}
	if (old != NULL)
		unlink_node(M(fs), nd, old);
	__zrt_memfs_touch(n, 0);
	__zrt_memfs_touch(od, 1);
	if (nd != od)
		__zrt_memfs_touch(nd, 1);
	return 0;
}

static int mf_statvfs(void *fs, struct statvfs *sv)
{
	/* The file system is the heap: what the break has not reached yet
	 * is free.  Deterministic, since allocation is. */
	uintptr_t base = (uintptr_t)MANIFEST->heap_ptr;
	uintptr_t brk = (uintptr_t)sbrk(0);
	uint64_t total = MANIFEST->heap_size / BLKSIZE;
	uint64_t used = brk >= base ? (brk - base) / BLKSIZE : 0;

	memset(sv, 0, sizeof(*sv));
	sv->f_bsize = BLKSIZE;
	sv->f_frsize = BLKSIZE;
	sv->f_blocks = total;
	sv->f_bfree = used < total ? total - used : 0;
	sv->f_bavail = sv->f_bfree;
	sv->f_ffree = sv->f_bfree;
	sv->f_favail = sv->f_bfree;
	sv->f_files = M(fs)->nodes + sv->f_ffree;
	sv->f_flag = M(fs)->readonly ? ST_RDONLY : 0;
	sv->f_namemax = NAME_MAX;
	return 0;
}

const struct __zrt_fs_ops __zrt_memfs_ops = {
	.root = mf_root,
	.hold = mf_hold,
	.release = mf_release,
	.lookup = mf_lookup,
	.parent = mf_parent,
	.getattr = mf_getattr,
	.readdir = mf_readdir,
	.readlink = mf_readlink,
	.read = mf_read,
	.write = mf_write,
	.truncate = mf_truncate,
	.setattr = mf_setattr,
	.create = mf_create,
	.link = mf_link,
	.remove = mf_remove,
	.rename = mf_rename,
	.statvfs = mf_statvfs,
};
