/*
 * walk.c - __zrt_vfs_walk(): every file below a directory, in an order
 * that depends only on the tree, for the tar saver (see vfs.h).
 *
 * Recursion depth is bounded by PATH_MAX (each level adds at least two
 * bytes to the relative path), and each level keeps its sorted names in
 * the heap, not on the stack.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "internal/path.h"

struct __zrt_walk_entry {
	struct __zrt_loc loc;
};

struct walk {
	int flags;
	__zrt_walk_fn fn;
	void *arg;
	struct __zrt_mnt *top; /* for ZRT_WALK_XDEV */
	char path[PATH_MAX];
};

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir other than "." and "..", sorted; *n of them. */
static int list(const struct __zrt_loc *dir, char ***names, size_t *n)
{
	const struct __zrt_fs_ops *ops = dir->mnt->ops;
	struct __zrt_vfs_dirent de;
	uint64_t pos = 0;
	size_t cap = 0;
	char **v = NULL;
	int r;

	*n = 0;
	while (ops->readdir != NULL && (r = ops->readdir(dir->mnt->fs, dir->node, &pos, &de)) != 0) {
		if (r < 0)
			goto fail;
		if (__zrt_is_dot(de.name))
			continue;
		if (*n == cap) {
			char **nv = realloc(v, (cap ? cap * 2 : 16) * sizeof(*v));

			if (nv == NULL) {
				r = -ENOMEM;
				goto fail;
			}
			v = nv;
			cap = cap ? cap * 2 : 16;
		}
		v[*n] = strdup(de.name);
		if (v[*n] == NULL) {
			r = -ENOMEM;
			goto fail;
		}
		(*n)++;
	}
	if (*n > 1)
		qsort(v, *n, sizeof(*v), by_name);
	*names = v;
	return 0;
fail:
	while (*n > 0)
		free(v[--(*n)]);
	free(v);
	return r;
}

static int visit(struct walk *w, const struct __zrt_loc *l, size_t len, int descend)
{
	struct __zrt_walk_entry e = {*l};
	struct stat st;
	char **names = NULL;
	size_t n = 0, i;
	int r;

	r = __zrt_getattr(l, &st);
	if (r < 0)
		return r;
	r = w->fn(w->arg, w->path, &st, &e);
	if (r < 0)
		return r;
	if (r == ZRT_WALK_SKIP || !descend || !S_ISDIR(st.st_mode))
		return 0;
	r = list(l, &names, &n);
	if (r < 0)
		return r;
	for (i = 0; i < n && r >= 0; i++) {
		size_t nl = strlen(names[i]), at = len ? len + 1 : 0;
		struct __zrt_loc child;

		if (at + nl >= sizeof(w->path)) {
			r = -ENAMETOOLONG;
			break;
		}
		r = __zrt_step(l, names[i], &child);
		if (r < 0)
			break;
		if (len)
			w->path[len] = '/';
		memcpy(w->path + at, names[i], nl + 1);
		/* With ZRT_WALK_XDEV a mount point is reported, as find -xdev
		 * does, but not entered. */
		r = visit(w, &child, at + nl, !(w->flags & ZRT_WALK_XDEV) || child.mnt == w->top);
		w->path[len] = '\0';
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return r < 0 ? r : 0;
}

int __zrt_vfs_walk(const char *path, int flags, __zrt_walk_fn fn, void *arg)
{
	struct walk *w;
	struct __zrt_loc l;
	int r;

	if (fn == NULL)
		return -EINVAL;
	r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	/* PATH_MAX bytes of path: keep them off the stack. */
	w = calloc(1, sizeof(*w));
	if (w == NULL)
		return -ENOMEM;
	w->flags = flags;
	w->fn = fn;
	w->arg = arg;
	w->top = l.mnt;
	r = visit(w, &l, 0, 1);
	free(w);
	return r;
}

ssize_t __zrt_walk_read(struct __zrt_walk_entry *e, void *buf, size_t size, int64_t off)
{
	const struct __zrt_mnt *m = e->loc.mnt;

	if (m->ops->read == NULL)
		return -EINVAL;
	return m->ops->read(m->fs, e->loc.node, buf, size, off);
}

ssize_t __zrt_walk_readlink(struct __zrt_walk_entry *e, char *buf, size_t size)
{
	const struct __zrt_mnt *m = e->loc.mnt;
	ssize_t n;

	if (size == 0)
		return -EINVAL;
	if (m->ops->readlink == NULL)
		return -EINVAL;
	n = m->ops->readlink(m->fs, e->loc.node, buf, size - 1);
	if (n >= 0)
		buf[n] = '\0';
	return n;
}
