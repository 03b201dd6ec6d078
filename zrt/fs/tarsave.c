/*
 * tarsave.c - __zrt_tar_save(): each [fstab] access=wo directory written
 * as a pax tar image into its channel when the program ends (see tar.h
 * and doc/zrt.md, "Tar images").
 *
 * The image depends only on the tree: entries in __zrt_vfs_walk's order
 * (sorted, parents first), times from the files (which come from ZRT's
 * clock), owner 0:0 without names, no atime or ctime, files with more
 * than one link stored once and then as hard links to the first name.
 * Other mounts below the directory (and /dev, when it is "/") are left
 * out.
 */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal/channel.h"
#include "internal/nvram.h"
#include "internal/tar.h"
#include "internal/vfs.h"

struct first_name {
	ino_t ino;
	char *path;
};

struct save {
	const char *alias;
	int ch;
	int64_t off;
	dev_t dev; /* the saved directory's file system */
	struct archive *a;
	struct archive_entry *e;
	struct first_name *links;
	size_t nlinks, cap;
	char buf[65536];
};

static la_ssize_t put(struct archive *a, void *arg, const void *buf, size_t size)
{
	struct save *s = arg;
	size_t done = 0;

	while (done < size) {
		size_t n = size - done > INT32_MAX ? INT32_MAX : size - done;
		ssize_t r = __zrt_channel_write(s->ch, (const char *)buf + done, n, s->off);

		if (r <= 0) {
			archive_set_error(a, r < 0 ? (int)-r : EIO, "cannot write to the channel: %s",
					  strerror(r < 0 ? (int)-r : EIO));
			return -1;
		}
		done += (size_t)r;
		s->off += r;
	}
	return (la_ssize_t)size;
}

static void fail(struct save *s)
{
	__zrt_tar_fail(s->alias, "cannot save the image", archive_error_string(s->a));
}

/* The first name saved of a file with several links, or NULL (and the
 * name is remembered). */
static const char *seen(struct save *s, const char *path, const struct stat *st)
{
	size_t i;

	for (i = 0; i < s->nlinks; i++)
		if (s->links[i].ino == st->st_ino)
			return s->links[i].path;
	if (s->nlinks == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		struct first_name *v = realloc(s->links, cap * sizeof(*v));

		if (v == NULL)
			__zrt_tar_fail(s->alias, "cannot save the image", strerror(ENOMEM));
		s->links = v;
		s->cap = cap;
	}
	s->links[s->nlinks].ino = st->st_ino;
	s->links[s->nlinks].path = strdup(path);
	if (s->links[s->nlinks].path == NULL)
		__zrt_tar_fail(s->alias, "cannot save the image", strerror(ENOMEM));
	s->nlinks++;
	return NULL;
}

static int one(void *arg, const char *path, const struct stat *st, struct __zrt_walk_entry *w)
{
	struct save *s = arg;
	struct archive_entry *e = s->e;
	const char *first = NULL;
	char *target = NULL;
	int64_t off = 0;

	if (path[0] == '\0') {
		s->dev = st->st_dev;
		return 0;
	}
	if (st->st_dev != s->dev)
		return ZRT_WALK_SKIP;
	if (!S_ISREG(st->st_mode) && !S_ISDIR(st->st_mode) && !S_ISLNK(st->st_mode) &&
	    !S_ISFIFO(st->st_mode))
		return 0; /* devices and sockets have no meaning outside */
	archive_entry_clear(e);
	archive_entry_set_pathname_utf8(e, path);
	archive_entry_set_filetype(e, st->st_mode & S_IFMT);
	archive_entry_set_perm(e, st->st_mode & 07777);
	archive_entry_set_mtime(e, st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
	archive_entry_set_uid(e, 0);
	archive_entry_set_gid(e, 0);
	if (S_ISREG(st->st_mode) && st->st_nlink > 1)
		first = seen(s, path, st);
	if (first != NULL) {
		archive_entry_set_hardlink_utf8(e, first);
		archive_entry_set_size(e, 0);
	} else if (S_ISREG(st->st_mode)) {
		archive_entry_set_size(e, st->st_size);
	} else if (S_ISLNK(st->st_mode)) {
		ssize_t n;

		target = malloc((size_t)st->st_size + 1);
		if (target == NULL)
			return -ENOMEM;
		n = __zrt_walk_readlink(w, target, (size_t)st->st_size + 1);
		if (n < 0) {
			free(target);
			return (int)n;
		}
		archive_entry_set_symlink_utf8(e, target);
		free(target);
	}
	if (archive_write_header(s->a, e) < ARCHIVE_WARN)
		fail(s);
	if (first == NULL && S_ISREG(st->st_mode)) {
		while (off < st->st_size) {
			ssize_t n = __zrt_walk_read(w, s->buf, sizeof(s->buf), off);

			if (n < 0)
				return (int)n;
			if (n == 0)
				break;
			if (archive_write_data(s->a, s->buf, (size_t)n) < 0)
				fail(s);
			off += n;
		}
	}
	if (archive_write_finish_entry(s->a) < ARCHIVE_WARN)
		fail(s);
	return 0;
}

static void save_one(const struct __zrt_nvram_fstab *f)
{
	struct save *s = calloc(1, sizeof(*s));
	size_t i;
	int r;

	if (s == NULL)
		__zrt_tar_fail(f->channel, "cannot save the image", strerror(ENOMEM));
	s->alias = f->channel;
	s->ch = __zrt_channel_find(f->channel);
	if (s->ch < 0)
		__zrt_tar_fail(f->channel, "no such channel in the manifest", NULL);
	s->a = archive_write_new();
	s->e = archive_entry_new();
	if (s->a == NULL || s->e == NULL)
		__zrt_tar_fail(f->channel, "cannot save the image", strerror(ENOMEM));
	/* ustar headers, and pax ones where ustar cannot say it all. */
	if (archive_write_set_format_pax_restricted(s->a) != ARCHIVE_OK ||
	    archive_write_open(s->a, s, NULL, put, NULL) != ARCHIVE_OK)
		fail(s);
	r = __zrt_vfs_walk(f->mountpoint, ZRT_WALK_XDEV, one, s);
	if (r < 0)
		__zrt_tar_fail(f->channel, "cannot save the image", strerror(-r));
	if (archive_write_close(s->a) != ARCHIVE_OK)
		fail(s);
	archive_write_free(s->a);
	archive_entry_free(s->e);
	for (i = 0; i < s->nlinks; i++)
		free(s->links[i].path);
	free(s->links);
	free(s);
}

void __zrt_tar_save(void)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	int i;

	if (!__zrt_tar_ready)
		return;
	__zrt_tar_ready = 0; /* once, even if saving fails */
	for (i = 0; i < nv->nfstab; i++)
		if (nv->fstab[i].access == ZRT_NVRAM_WO)
			break;
	if (i == nv->nfstab)
		return;
	__zrt_mmap_sync_all();
	setlocale(LC_CTYPE, "C.UTF-8");
	for (i = 0; i < nv->nfstab; i++)
		if (nv->fstab[i].access == ZRT_NVRAM_WO)
			save_one(&nv->fstab[i]);
}
