/*
 * resolve.c - path resolution: from a string to a location, one
 * component at a time, through mount points and symbolic links.
 *
 * Symbolic links are followed by walking their target from the directory
 * that holds them (recursively, so nesting is bounded by the same count
 * that bounds loops: ZRT_SYMLOOP_MAX links per resolution, then ELOOP).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/path.h"

struct walker {
	int hops; /* symbolic links followed so far */
};

/* A location with every mount that covers it applied: the latest mount
 * on a directory is what a lookup reaching it sees. */
static struct __zrt_loc cross(struct __zrt_loc l)
{
	int i;

again:
	for (i = __zrt_vfs.nmounts - 1; i > 0; i--) {
		struct __zrt_mnt *m = &__zrt_vfs.mounts[i];

		if (m->covered_mnt == l.mnt && m->covered == l.node) {
			l.mnt = m;
			l.node = m->root;
			goto again;
		}
	}
	return l;
}

static struct __zrt_loc root(void)
{
	struct __zrt_loc l = {&__zrt_vfs.mounts[0], __zrt_vfs.mounts[0].root};

	return cross(l);
}

int __zrt_step(const struct __zrt_loc *dir, const char *name, struct __zrt_loc *out)
{
	struct __zrt_loc cur = *dir;
	void *node;
	int r;

	r = __zrt_can_search(dir);
	if (r < 0)
		return r;
	if (strcmp(name, ".") == 0) {
		*out = cur;
		return 0;
	}
	if (strcmp(name, "..") == 0) {
		/* Climb out of mounts whose root we are at, then ask the
		 * file system for the parent. */
		while (cur.node == cur.mnt->root) {
			if (cur.mnt->covered_mnt == NULL) {
				*out = cross(cur);
				return 0;
			}
			node = cur.mnt->covered;
			cur.mnt = cur.mnt->covered_mnt;
			cur.node = node;
		}
		if (cur.mnt->ops->parent == NULL)
			return -ENOENT;
		r = cur.mnt->ops->parent(cur.mnt->fs, cur.node, &node);
		if (r < 0)
			return r;
		cur.node = node;
		*out = cross(cur);
		return 0;
	}
	r = cur.mnt->ops->lookup(cur.mnt->fs, cur.node, name, &node);
	if (r < 0)
		return r;
	cur.node = node;
	*out = cross(cur);
	return 0;
}

/* Check path, from the caller, and find where its walk starts: the root
 * for an absolute path, else the directory dirfd names. */
static int path_start(int dirfd, const char *path, struct __zrt_loc *out)
{
	size_t len;

	__zrt_vfs_init();
	if (path == NULL)
		return -EFAULT;
	len = strnlen(path, PATH_MAX);
	if (len == 0)
		return -ENOENT;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (path[0] == '/') {
		*out = root();
		return 0;
	}
	return __zrt_fd_dir(dirfd, out);
}

static int is_symlink(const struct __zrt_loc *l)
{
	struct stat st;

	return __zrt_getattr(l, &st) == 0 && S_ISLNK(st.st_mode);
}

/* The target of symbolic link l, NUL-terminated, in buf[PATH_MAX]. */
static int read_link(struct walker *w, const struct __zrt_loc *l, char *buf)
{
	ssize_t n;

	if (++w->hops > ZRT_SYMLOOP_MAX)
		return -ELOOP;
	if (l->mnt->ops->readlink == NULL)
		return -EINVAL;
	n = l->mnt->ops->readlink(l->mnt->fs, l->node, buf, PATH_MAX);
	if (n < 0)
		return (int)n;
	if (n >= PATH_MAX)
		return -ENAMETOOLONG;
	if (n == 0)
		return -ENOENT;
	buf[n] = '\0';
	return 0;
}

/* Walk path from start.  A last component that is a symbolic link is
 * followed if follow is set or a slash comes after it. */
static int walk(struct walker *w, struct __zrt_loc start, const char *path, int follow,
		struct __zrt_loc *out)
{
	struct __zrt_loc cur = start, next;
	char name[NAME_MAX + 1];
	const char *p = path;
	int r;

	if (*p == '/')
		cur = root();
	for (;;) {
		const char *e, *rest;
		size_t len;

		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != '/'; e++)
			;
		len = (size_t)(e - p);
		if (len > NAME_MAX)
			return -ENAMETOOLONG;
		memcpy(name, p, len);
		name[len] = '\0';
		for (rest = e; *rest == '/'; rest++)
			;
		r = __zrt_step(&cur, name, &next);
		if (r < 0)
			return r;
		if ((*rest != '\0' || follow || *e == '/') && is_symlink(&next)) {
			char target[PATH_MAX];

			r = read_link(w, &next, target);
			if (r < 0)
				return r;
			r = walk(w, cur, target, 1, &next);
			if (r < 0)
				return r;
		}
		cur = next;
		p = e;
	}
	*out = cur;
	return 0;
}

int __zrt_resolve(int dirfd, const char *path, int flags, struct __zrt_loc *out)
{
	struct walker w = {0};
	struct __zrt_loc start;
	struct stat st;
	size_t len;
	int r;

	r = path_start(dirfd, path, &start);
	if (r < 0)
		return r;
	r = walk(&w, start, path, flags & ZRT_FOLLOW, out);
	if (r < 0)
		return r;
	len = strlen(path);
	if (path[len - 1] == '/') {
		r = __zrt_getattr(out, &st);
		if (r < 0)
			return r;
		if (!S_ISDIR(st.st_mode))
			return -ENOTDIR;
	}
	return 0;
}

/* __zrt_resolve_parent from a location rather than a descriptor. */
static int parent_from(struct walker *w, struct __zrt_loc start, const char *path,
		       struct __zrt_loc *dir, char name[NAME_MAX + 1], int *slash)
{
	size_t len = strlen(path), end = len, begin;
	char head[PATH_MAX];
	int r;

	while (end > 0 && path[end - 1] == '/')
		end--;
	*slash = end < len;
	if (end == 0) {
		/* Only slashes: the root itself. */
		*dir = root();
		strcpy(name, ".");
		return 0;
	}
	for (begin = end; begin > 0 && path[begin - 1] != '/'; begin--)
		;
	if (end - begin > NAME_MAX)
		return -ENAMETOOLONG;
	memcpy(name, path + begin, end - begin);
	name[end - begin] = '\0';
	if (begin == 0) {
		*dir = start;
	} else {
		memcpy(head, path, begin);
		head[begin] = '\0';
		r = walk(w, start, head, 1, dir);
		if (r < 0)
			return r;
	}
	return __zrt_can_search(dir);
}

int __zrt_resolve_parent(int dirfd, const char *path, struct __zrt_loc *dir,
			 char name[NAME_MAX + 1], int *slash)
{
	struct walker w = {0};
	struct __zrt_loc start;
	int r;

	r = path_start(dirfd, path, &start);
	if (r < 0)
		return r;
	return parent_from(&w, start, path, dir, name, slash);
}

int __zrt_resolve_create(int dirfd, const char *path, int nofollow, struct __zrt_loc *dir,
			 char name[NAME_MAX + 1], int *slash, struct __zrt_loc *node)
{
	struct walker w = {0};
	struct __zrt_loc start;
	char target[PATH_MAX];
	int r, more;

	r = path_start(dirfd, path, &start);
	if (r < 0)
		return r;
	r = parent_from(&w, start, path, dir, name, slash);
	for (;;) {
		if (r < 0)
			return r;
		r = __zrt_step(dir, name, node);
		if (r == -ENOENT && !__zrt_is_dot(name)) {
			node->mnt = NULL;
			node->node = NULL;
			return 0;
		}
		if (r < 0)
			return r;
		if (nofollow || !is_symlink(node))
			return 0;
		/* A link to a file that does not exist yet names the file
		 * to create: go on with its target's directory and name. */
		r = read_link(&w, node, target);
		if (r < 0)
			return r;
		start = *dir;
		r = parent_from(&w, start, target, dir, name, &more);
		*slash |= more;
	}
}
