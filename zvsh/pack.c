/*
 * pack.c - pack a host directory into a tar image with the host's
 * libarchive.
 *
 * The walk is our own rather than archive_read_disk's: it sorts each
 * directory, so that the image (and so everything the program sees, down
 * to readdir order) depends only on the tree; it never follows a link;
 * and it opens every file relative to its directory with O_NOFOLLOW and
 * checks it is the file it examined, so that a tree changing under it
 * cannot slip a file from elsewhere into the image.
 */
#define _GNU_SOURCE
#include "pack.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "die.h"
#include "libarchive.h"
#include "util.h"

/* Deeper trees are refused rather than walked with one descriptor per level. */
#define PACK_MAX_DEPTH 256

struct packer {
	const char *what;
	const char *top;
	struct archive *a;
	struct archive_entry_linkresolver *links;
	const struct stat *skip;
	struct pack_find *find;
	size_t nfind;
	char path[PATH_MAX]; /* the entry's name, relative to top */
	char buf[65536];
};

static void __attribute__((noreturn)) archive_fail(struct packer *p)
{
	die(ZVSH_EXIT_ERROR, "%s: packing %s/%s: %s", p->what, p->top, p->path,
	    libarchive.error_string(p->a) ? libarchive.error_string(p->a) : "libarchive failed");
}

static int by_bytes(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in the directory open as fd, sorted; *n gets their count. */
static char **list_dir(struct packer *p, int fd, size_t *n)
{
	char **names = NULL;
	struct dirent *d;
	DIR *dir;
	int dup_fd;

	*n = 0;
	dup_fd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	if (dup_fd < 0 || (dir = fdopendir(dup_fd)) == NULL)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
	for (;;) {
		errno = 0;
		d = readdir(dir);
		if (d == NULL)
			break;
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		*(char **)xappend(&names, n, sizeof *names, (size_t)1 << 30, "directory entries") =
		    xstrdup(d->d_name);
	}
	if (errno != 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
	closedir(dir);
	if (*n > 1)
		qsort(names, *n, sizeof *names, by_bytes);
	return names;
}

static struct archive_entry *entry_for(struct packer *p, const struct stat *st)
{
	struct archive_entry *e = libarchive.entry_new();

	if (e == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	libarchive.entry_copy_stat(e, st);
	libarchive.entry_copy_pathname(e, p->path);
	/* Nothing about the host's users, and one time only. */
	libarchive.entry_set_uid(e, 0);
	libarchive.entry_set_gid(e, 0);
	libarchive.entry_unset_atime(e);
	libarchive.entry_unset_ctime(e);
	libarchive.entry_unset_birthtime(e);
	if (!S_ISREG(st->st_mode))
		libarchive.entry_set_size(e, 0);
	return e;
}

static void write_header(struct packer *p, struct archive_entry *e)
{
	/* A warning is a name the locale cannot convert: libarchive then
	 * stores its bytes as they are, which is what we want. */
	if (libarchive.write_header(p->a, e) < ARCHIVE_WARN)
		archive_fail(p);
}

static void pack_file(struct packer *p, int dirfd, const char *name, const struct stat *st)
{
	struct archive_entry *e = entry_for(p, st), *spare = NULL;
	struct stat now;
	off_t left;
	ssize_t r;
	size_t i;
	int fd;

	fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
	if (fstat(fd, &now) < 0 || now.st_dev != st->st_dev || now.st_ino != st->st_ino ||
	    !S_ISREG(now.st_mode))
		die(ZVSH_EXIT_ERROR, "%s: %s/%s changed while it was being packed", p->what, p->top,
		    p->path);
	for (i = 0; i < p->nfind; i++)
		if (p->find[i].want && p->find[i].path == NULL && p->find[i].dev == st->st_dev &&
		    p->find[i].ino == st->st_ino)
			p->find[i].path = xstrdup(p->path);
	/* The second and later names of a file with several become hard
	 * links to the first, with no data of their own. */
	libarchive.entry_linkify(p->links, &e, &spare);
	write_header(p, e);
	left = libarchive.entry_size(e);
	while (left > 0) {
		r = read(fd, p->buf, left < (off_t)sizeof p->buf ? (size_t)left : sizeof p->buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
		if (r == 0)
			die(ZVSH_EXIT_ERROR, "%s: %s/%s shrank while it was being packed", p->what,
			    p->top, p->path);
		if (libarchive.write_data(p->a, p->buf, (size_t)r) != r)
			archive_fail(p);
		left -= r;
	}
	close(fd);
	libarchive.entry_free(e);
	if (spare != NULL)
		libarchive.entry_free(spare);
}

static void pack_link(struct packer *p, int dirfd, const char *name, const struct stat *st)
{
	struct archive_entry *e = entry_for(p, st);
	char target[PATH_MAX];
	ssize_t n;

	n = readlinkat(dirfd, name, target, sizeof target);
	if (n < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
	if ((size_t)n >= sizeof target)
		die(ZVSH_EXIT_ERROR, "%s: %s/%s: link target too long", p->what, p->top, p->path);
	target[n] = '\0';
	libarchive.entry_copy_symlink(e, target);
	write_header(p, e);
	libarchive.entry_free(e);
}

static void pack_tree(struct packer *p, int fd, size_t len, int depth)
{
	size_t n, i;
	char **names = list_dir(p, fd, &n);

	if (depth > PACK_MAX_DEPTH)
		die(ZVSH_EXIT_ERROR, "%s: %s/%s: more than %d levels deep", p->what, p->top,
		    p->path, PACK_MAX_DEPTH);
	for (i = 0; i < n; i++) {
		size_t nlen = strlen(names[i]), at = len ? len + 1 : 0;
		struct stat st;
		int sub;

		if (at + nlen >= sizeof p->path)
			die(ZVSH_EXIT_ERROR, "%s: %s/%s/%s: name longer than %d bytes", p->what,
			    p->top, p->path, names[i], PATH_MAX - 1);
		if (len)
			p->path[len] = '/';
		memcpy(p->path + at, names[i], nlen + 1);
		if (fstatat(fd, names[i], &st, AT_SYMLINK_NOFOLLOW) < 0)
			die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
		switch (st.st_mode & S_IFMT) {
		case S_IFREG:
			pack_file(p, fd, names[i], &st);
			break;
		case S_IFLNK:
			pack_link(p, fd, names[i], &st);
			break;
		case S_IFDIR:
			if (p->skip != NULL && st.st_dev == p->skip->st_dev &&
			    st.st_ino == p->skip->st_ino)
				break;
			{
				struct archive_entry *e = entry_for(p, &st);

				write_header(p, e);
				libarchive.entry_free(e);
			}
			sub = openat(fd, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub < 0)
				die_errno(ZVSH_EXIT_ERROR, "%s: %s/%s", p->what, p->top, p->path);
			pack_tree(p, sub, at + nlen, depth + 1);
			close(sub);
			break;
		default:
			die(ZVSH_EXIT_ERROR,
			    "%s: %s/%s is a device, FIFO or socket; only regular files, "
			    "directories and symbolic links can be packed",
			    p->what, p->top, p->path);
		}
		p->path[len] = '\0';
		free(names[i]);
	}
	free(names);
}

void pack_dir(const char *what, const char *dir, const char *image, const struct stat *skip,
	      struct pack_find *find, size_t nfind)
{
	const char *missing = libarchive_load();
	struct packer *p;
	int fd;

	if (missing != NULL)
		die(ZVSH_EXIT_ERROR, LIBARCHIVE_MISSING, what, missing);
	p = xcalloc(1, sizeof *p);
	p->what = what;
	p->top = dir;
	p->skip = skip;
	p->find = find;
	p->nfind = nfind;
	p->a = libarchive.write_new();
	p->links = libarchive.entry_linkresolver_new();
	if (p->a == NULL || p->links == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	/* ustar where it suffices, pax headers for long or non-ASCII names
	 * and large files: what ZRT's libarchive reads best. */
	if (libarchive.write_set_format_pax_restricted(p->a) != ARCHIVE_OK)
		archive_fail(p);
	libarchive.entry_linkresolver_set_strategy(p->links, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED);
	if (libarchive.write_open_filename(p->a, image) != ARCHIVE_OK)
		die(ZVSH_EXIT_ERROR, "%s: %s: %s", what, image, libarchive.error_string(p->a));
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s", what, dir);
	pack_tree(p, fd, 0, 0);
	close(fd);
	if (libarchive.write_close(p->a) != ARCHIVE_OK)
		die(ZVSH_EXIT_ERROR, "%s: %s: %s", what, image, libarchive.error_string(p->a));
	libarchive.write_free(p->a);
	libarchive.entry_linkresolver_free(p->links);
	free(p);
}
