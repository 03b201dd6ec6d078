/*
 * tarimage.c - __zrt_tar_mount(): nvram's [fstab] access=ro images, read
 * from their channels, parsed with libarchive (ustar, pax, GNU; gzip-
 * compressed or not) into a memfs and mounted (see tar.h and doc/zrt.md,
 * "Tar images").
 *
 * The image is read once, in large blocks.  When it is uncompressed and
 * its channel random-read and append-only, file contents are not copied:
 * each regular file becomes an extent of the channel, which memfs reads
 * when asked (and copies on the first change), and data beyond the block
 * in hand is skipped without being read.  Compressed images, other
 * channels and sparse members are copied into memory.
 *
 * The image is hostile input: names are checked component by component
 * (no "..", nothing through a non-directory), every libarchive error ends
 * the session with a message, extents must lie inside the channel, and
 * nothing is trusted to be in order.
 */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/clock.h"
#include "internal/nvram.h"
#include "internal/path.h"
#include "internal/tar.h"
#include "internal/vfs.h"

int __zrt_tar_ready;

/* Bytes per read of the image: a random-read channel's size (the whole
 * image in one read), between READ_FIRST and READ_MAX; on a sequential
 * channel, READ_FIRST and twice as many each time up to READ_MAX.  So a
 * small image costs little memory and a large one few traps (each a
 * round trip to the supervisor, which a busy host makes slow). */
#define READ_FIRST (64 << 10)
#define READ_MAX (4 << 20)

/* A directory's attributes, set once the whole image is in: adding
 * entries to a directory changes its mtime. */
struct dirattr {
	void *node;
	struct __zrt_setattr sa;
};

/* The image's channel, as libarchive's client reader. */
struct source {
	int ch;
	int random;   /* random-read and unchanging: skips seek, members are extents */
	int64_t size; /* of a random-read channel */
	int64_t pos;
	char *buf;
	size_t cap; /* of buf */
};

struct load {
	const char *alias;
	void *fs; /* a memfs */
	struct source *src;
	struct dirattr *dirs;
	size_t ndirs, cap;
	int64_t newest;
	int any;
};

static const struct __zrt_fs_ops *const ops = &__zrt_memfs_ops;

static void fail_errno(const struct load *l, const char *what, int err)
{
	__zrt_tar_fail(l->alias, what, strerror(err));
}

static la_ssize_t source_read(struct archive *a, void *data, const void **block)
{
	struct source *s = data;
	ssize_t r;

	/* libarchive is done with the previous block once it asks for the
	 * next one, so the buffer may change.  Without memory for a bigger
	 * one, reads stay the size they were. */
	if (s->pos > 0 && s->cap < READ_MAX) {
		char *bigger = malloc(s->cap * 2);

		if (bigger != NULL) {
			free(s->buf);
			s->buf = bigger;
			s->cap *= 2;
		}
	}
	r = __zrt_channel_read(s->ch, s->buf, s->cap, s->pos);
	if (r < 0) {
		archive_set_error(a, (int)-r, "cannot read the image: %s", strerror((int)-r));
		return ARCHIVE_FATAL;
	}
	s->pos += r;
	*block = s->buf;
	return r;
}

/* Skipping over members costs no read at all; libarchive reads a short
 * skip as the end of the image. */
static la_int64_t source_skip(struct archive *a, void *data, la_int64_t request)
{
	struct source *s = data;

	(void)a;
	if (request > s->size - s->pos)
		request = s->size - s->pos;
	if (request < 0)
		request = 0;
	s->pos += request;
	return request;
}

/* ids beyond what uid_t holds become 65534, the usual "nobody". */
static unsigned id(la_int64_t v)
{
	return v < 0 || v > 65535 ? 65534 : (unsigned)v;
}

static void remember_dir(struct load *l, void *node, const struct __zrt_setattr *sa)
{
	size_t i;

	for (i = 0; i < l->ndirs; i++)
		if (l->dirs[i].node == node) {
			l->dirs[i].sa = *sa;
			return;
		}
	if (l->ndirs == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct dirattr *d = realloc(l->dirs, cap * sizeof(*d));

		if (d == NULL)
			fail_errno(l, "cannot load the image", ENOMEM);
		l->dirs = d;
		l->cap = cap;
	}
	l->dirs[l->ndirs].node = node;
	l->dirs[l->ndirs].sa = *sa;
	l->ndirs++;
}

/* Find the directory that holds path (a copy, cut up in place) and the
 * last component, creating missing directories.  *name is "" for the
 * image's root. */
static void *parent_of(struct load *l, char *path, const char *shown, char **name)
{
	void *dir = ops->root(l->fs), *next;
	char *p = path, *slash;
	int r;

	for (;;) {
		while (*p == '/')
			p++;
		slash = strchr(p, '/');
		while (slash != NULL && slash[1] == '/')
			slash++;
		if (slash != NULL && slash[1] == '\0') {
			/* a trailing slash: a directory's name */
			while (slash > p && slash[-1] == '/')
				slash--;
			*slash = '\0';
			slash = NULL;
		}
		if (strcmp(p, "..") == 0 || strncmp(p, "../", 3) == 0)
			__zrt_tar_fail(l->alias, shown, "a name with \"..\" in it");
		if (slash == NULL)
			break;
		*slash = '\0';
		if (strlen(p) > NAME_MAX)
			__zrt_tar_fail(l->alias, shown, "a component longer than NAME_MAX");
		if (p[0] != '\0' && strcmp(p, ".") != 0) {
			struct stat st;

			r = ops->lookup(l->fs, dir, p, &next);
			if (r == -ENOENT) {
				struct __zrt_create c = {S_IFDIR | 0755, 0, 0, 0, NULL};

				r = ops->create(l->fs, dir, p, &c, &next);
			}
			if (r < 0)
				fail_errno(l, shown, -r);
			ops->getattr(l->fs, next, &st);
			if (!S_ISDIR(st.st_mode))
				__zrt_tar_fail(l->alias, shown, "a component is not a directory");
			dir = next;
		}
		p = slash + 1;
	}
	if (strcmp(p, ".") == 0)
		p += 1;
	if (strlen(p) > NAME_MAX)
		__zrt_tar_fail(l->alias, shown, "a component longer than NAME_MAX");
	*name = p;
	return dir;
}

/* The node a hard link names, which must exist and not be a directory. */
static void *link_target(struct load *l, const char *target)
{
	char *copy = strdup(target), *name;
	void *dir, *node;
	struct stat st;

	if (copy == NULL)
		fail_errno(l, target, ENOMEM);
	dir = parent_of(l, copy, target, &name);
	if (name[0] == '\0' || ops->lookup(l->fs, dir, name, &node) < 0)
		__zrt_tar_fail(l->alias, target, "a hard link to a file not in the image before it");
	ops->getattr(l->fs, node, &st);
	if (S_ISDIR(st.st_mode))
		__zrt_tar_fail(l->alias, target, "a hard link to a directory");
	free(copy);
	return node;
}

static void copy_data(struct load *l, struct archive *a, void *node, const char *shown)
{
	const void *buf;
	size_t size;
	la_int64_t off;
	int r;

	while ((r = archive_read_data_block(a, &buf, &size, &off)) == ARCHIVE_OK ||
	       r == ARCHIVE_WARN) {
		while (size > 0) {
			ssize_t n = ops->write(l->fs, node, buf, size, off);

			if (n <= 0)
				fail_errno(l, shown, n < 0 ? (int)-n : ENOSPC);
			buf = (const char *)buf + n;
			size -= (size_t)n;
			off += n;
		}
	}
	if (r != ARCHIVE_EOF)
		__zrt_tar_fail(l->alias, shown, archive_error_string(a));
}

/* Make node the extent of the image that holds the member's data, when
 * the data lies there as it is: an uncompressed image on a random-read
 * channel, a member that is not sparse.  Returns 0 to copy instead. */
static int as_extent(struct load *l, struct archive *a, struct archive_entry *e, void *node,
		     const char *shown)
{
	la_int64_t off, size;
	int r;

	if (!l->src->random || archive_filter_count(a) != 1 ||
	    archive_filter_code(a, 0) != ARCHIVE_FILTER_NONE || !archive_entry_size_is_set(e) ||
	    archive_entry_sparse_count(e) != 0)
		return 0;
	/* libarchive has consumed the headers: the data starts here. */
	off = archive_filter_bytes(a, 0);
	size = archive_entry_size(e);
	if (off < 0 || size < 0 || size > l->src->size || off > l->src->size - size)
		return 0; /* copying reports the truncation */
	r = __zrt_memfs_set_extent(l->fs, node, l->src->ch, off, size);
	if (r < 0)
		fail_errno(l, shown, -r);
	return 1;
}

static void add_entry(struct load *l, struct archive *a, struct archive_entry *e)
{
	const char *shown = archive_entry_pathname(e), *hard = archive_entry_hardlink(e);
	mode_t type = archive_entry_filetype(e);
	struct __zrt_setattr sa = {0};
	struct __zrt_create c = {0};
	char *copy, *name;
	void *dir, *node, *old;
	struct stat st;
	int r;

	if (shown == NULL)
		__zrt_tar_fail(l->alias, "an entry without a name", NULL);
	copy = strdup(shown);
	if (copy == NULL)
		fail_errno(l, shown, ENOMEM);
	dir = parent_of(l, copy, shown, &name);

	sa.mask = ZRT_SET_MTIME | ZRT_SET_ATIME | ZRT_SET_CTIME;
	if (archive_entry_mtime_is_set(e)) {
		sa.mtime.tv_sec = archive_entry_mtime(e);
		sa.mtime.tv_nsec = archive_entry_mtime_nsec(e);
	} else {
		sa.mtime = __zrt_fs_now();
	}
	sa.atime = sa.ctime = sa.mtime;
	if (!l->any || sa.mtime.tv_sec > l->newest)
		l->newest = sa.mtime.tv_sec;
	l->any = 1;

	if (name[0] == '\0') {
		/* The image's root: only its attributes. */
		if (hard != NULL || type != AE_IFDIR)
			__zrt_tar_fail(l->alias, shown, "the top of the image is not a directory");
		sa.mask |= ZRT_SET_MODE | ZRT_SET_UID | ZRT_SET_GID;
		sa.mode = archive_entry_perm(e) & 07777;
		sa.uid = id(archive_entry_uid(e));
		sa.gid = id(archive_entry_gid(e));
		remember_dir(l, ops->root(l->fs), &sa);
		free(copy);
		return;
	}

	if (ops->lookup(l->fs, dir, name, &old) == 0) {
		ops->getattr(l->fs, old, &st);
		if (S_ISDIR(st.st_mode) && hard == NULL && type == AE_IFDIR) {
			/* A directory again: new attributes, same contents. */
			sa.mask |= ZRT_SET_MODE | ZRT_SET_UID | ZRT_SET_GID;
			sa.mode = archive_entry_perm(e) & 07777;
			sa.uid = id(archive_entry_uid(e));
			sa.gid = id(archive_entry_gid(e));
			remember_dir(l, old, &sa);
			free(copy);
			return;
		}
		if (S_ISDIR(st.st_mode))
			__zrt_tar_fail(l->alias, shown, "an entry where the image has a directory");
		/* A later entry replaces an earlier one, as when tar extracts. */
		if (hard == NULL || link_target(l, hard) != old) {
			r = ops->remove(l->fs, dir, name);
			if (r < 0)
				fail_errno(l, shown, -r);
		}
	}

	if (hard != NULL) {
		node = link_target(l, hard);
		if (ops->lookup(l->fs, dir, name, &old) != 0) {
			r = ops->link(l->fs, dir, name, node);
			if (r < 0)
				fail_errno(l, shown, -r);
		}
		/* pax may give a hard link data of its own. */
		if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0) {
			copy_data(l, a, node, shown);
			ops->setattr(l->fs, node, &sa);
		}
		free(copy);
		return;
	}

	c.mode = (archive_entry_perm(e) & 07777);
	c.uid = id(archive_entry_uid(e));
	c.gid = id(archive_entry_gid(e));
	switch (type) {
	case AE_IFREG:
	case AE_IFDIR:
	case AE_IFIFO:
		break;
	case AE_IFCHR:
	case AE_IFBLK:
		c.rdev = archive_entry_rdev(e);
		break;
	case AE_IFLNK:
		c.target = archive_entry_symlink(e);
		if (c.target == NULL)
			__zrt_tar_fail(l->alias, shown, "a symbolic link without a target");
		c.mode = 0777;
		break;
	default:
		__zrt_tar_fail(l->alias, shown, "an entry of a type ZRT cannot hold");
	}
	c.mode |= type;
	r = ops->create(l->fs, dir, name, &c, &node);
	if (r < 0)
		fail_errno(l, shown, -r);
	if (type == AE_IFREG && !as_extent(l, a, e, node, shown)) {
		copy_data(l, a, node, shown);
		if (archive_entry_size_is_set(e)) {
			r = ops->truncate(l->fs, node, archive_entry_size(e));
			if (r < 0)
				fail_errno(l, shown, -r);
		}
	}
	if (type == AE_IFDIR) {
		sa.mask |= ZRT_SET_MODE;
		sa.mode = c.mode & 07777;
		remember_dir(l, node, &sa);
	} else {
		ops->setattr(l->fs, node, &sa);
	}
	free(copy);
}

/* Parse the image of l->src into l->fs. */
static void load(struct load *l)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	size_t i;
	int r;

	if (a == NULL)
		fail_errno(l, "cannot read the image", ENOMEM);
	archive_read_support_filter_gzip(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	/* A channel with nothing in it is an empty image. */
	archive_read_support_format_empty(a);
	archive_read_set_callback_data(a, l->src);
	archive_read_set_read_callback(a, source_read);
	if (l->src->random)
		archive_read_set_skip_callback(a, source_skip);
	if (archive_read_open1(a) != ARCHIVE_OK)
		__zrt_tar_fail(l->alias, "not a tar image", archive_error_string(a));
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN)
		add_entry(l, a, e);
	if (r != ARCHIVE_EOF)
		__zrt_tar_fail(l->alias, "not a valid tar image", archive_error_string(a));
	archive_read_free(a);
	for (i = 0; i < l->ndirs; i++)
		ops->setattr(l->fs, l->dirs[i].node, &l->dirs[i].sa);
	free(l->dirs);
}

/* mkdir -p in the VFS, for mount points. */
static void make_dirs(const char *alias, const char *path)
{
	char buf[PATH_MAX];
	struct __zrt_create c = {S_IFDIR | 0755, 0, 0, 0, NULL};
	size_t i, n = strlen(path);
	int r;

	if (n >= sizeof(buf))
		__zrt_tar_fail(alias, path, strerror(ENAMETOOLONG));
	memcpy(buf, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		if (buf[i - 1] == '/')
			continue;
		buf[i] = '\0';
		r = __zrt_make(AT_FDCWD, buf, &c);
		if (r < 0 && r != -EEXIST)
			__zrt_tar_fail(alias, path, strerror(-r));
		if (i < n)
			buf[i] = '/';
	}
}

static int is_root(const char *path)
{
	return path[strspn(path, "/")] == '\0';
}

/* Whether a write-only record saves the directory at mp. */
static int saved(const char *mp)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	size_t n = strlen(mp);
	int i;

	while (n > 1 && mp[n - 1] == '/')
		n--;
	for (i = 0; i < nv->nfstab; i++) {
		const char *o = nv->fstab[i].mountpoint;
		size_t m = strlen(o);

		while (m > 1 && o[m - 1] == '/')
			m--;
		if (nv->fstab[i].access == ZRT_NVRAM_WO && m == n && memcmp(o, mp, n) == 0)
			return 1;
	}
	return 0;
}

static void mount_one(const struct __zrt_nvram_fstab *f)
{
	struct load l = {0};
	struct source src = {0};
	int ch = __zrt_channel_find(f->channel), r;

	l.alias = f->channel;
	if (ch < 0)
		__zrt_tar_fail(f->channel, "no such channel in the manifest", NULL);
	src.ch = ch;
	/* Only a channel the nexe cannot overwrite keeps the bytes that
	 * extents point at. */
	src.random = MANIFEST->channels[ch].type == RGetSPut;
	src.size = MANIFEST->channels[ch].size;
	src.cap = READ_FIRST;
	while (src.random && src.cap < READ_MAX && (int64_t)src.cap < src.size)
		src.cap *= 2;
	src.buf = malloc(src.cap);
	if (src.buf == NULL)
		fail_errno(&l, "cannot read the image", ENOMEM);
	l.src = &src;
	if (is_root(f->mountpoint)) {
		/* "/" is the root memfs itself, filled in place and writable:
		 * /dev and /tmp stay where they are. */
		l.fs = __zrt_vfs.mounts[0].fs;
		load(&l);
	} else {
		make_dirs(f->channel, f->mountpoint);
		l.fs = __zrt_memfs_new(0755, 0, 0);
		if (l.fs == NULL)
			fail_errno(&l, "cannot load the image", ENOMEM);
		load(&l);
		/* A directory that is saved at exit must be writable. */
		if (!saved(f->mountpoint))
			__zrt_memfs_set_readonly(l.fs);
		r = __zrt_mount(f->mountpoint, ops, l.fs);
		if (r < 0)
			__zrt_tar_fail(f->channel, "cannot mount the image", strerror(-r));
	}
	free(src.buf);
	if (l.any)
		__zrt_clock_not_before(l.newest);
}

void __zrt_tar_mount(void)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	int i;

	if (nv->nfstab == 0) {
		__zrt_tar_ready = 1;
		return;
	}
	__zrt_vfs_init();
	/* Names in pax headers are UTF-8; in the "C" locale libarchive
	 * cannot convert them.  The program still starts in "C". */
	setlocale(LC_CTYPE, "C.UTF-8");
	/* Files made while loading carry the start time and read no clock. */
	__zrt_vfs.booting = 1;
	for (i = 0; i < nv->nfstab; i++)
		if (nv->fstab[i].access == ZRT_NVRAM_RO)
			mount_one(&nv->fstab[i]);
	for (i = 0; i < nv->nfstab; i++)
		if (nv->fstab[i].access == ZRT_NVRAM_WO && !is_root(nv->fstab[i].mountpoint))
			make_dirs(nv->fstab[i].channel, nv->fstab[i].mountpoint);
	__zrt_vfs.booting = 0;
	setlocale(LC_CTYPE, "C");
	__zrt_tar_ready = 1;
}
