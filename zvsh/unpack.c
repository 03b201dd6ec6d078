/*
 * unpack.c - check the tar image a program saved, then put its tree in
 * place of the host directory it came from.
 *
 * The image was written inside the sandbox, so it is hostile: it may
 * name files outside the directory, or build a path through a symbolic
 * link to reach them.  libarchive's secure-extraction flags refuse the
 * entries they recognise, but only as they meet them, after earlier
 * entries are on disk.  So the image is read twice: first every entry is
 * checked against a model of the tree it makes (which also catches links
 * that stay harmless during extraction but lead out of the tree
 * afterwards); only an image that passes is extracted, with the
 * libarchive flags as a second line, into a fresh directory beside the
 * target, which is then swapped in with one rename.
 */
#define _GNU_SOURCE
#include "unpack.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "die.h"
#include "libarchive.h"
#include "util.h"

#define UNPACK_MAX_ENTRIES (1 << 20)
#define UNPACK_MAX_HOPS	   40 /* symbolic links followed in one path, as the kernel */

enum { NODE_FILE, NODE_DIR, NODE_LINK, NODE_FIFO };

struct node {
	char *path; /* normalised: no leading or trailing '/', no "." parts */
	int type;
	char *target; /* a symbolic link's target */
	struct node *next;
	/* In the tree as packed (unpack_sync's base) only: */
	mode_t perm;	/* permission bits */
	int64_t size;	/* a regular file's size, -1 when unknown */
	int64_t offset; /* where its data starts in the packed image */
	/* In the saved tree of a sync only: the entry is as it was packed,
	 * so it is neither extracted nor applied. */
	int kept;
};

struct tree {
	struct node **bucket;
	size_t nbucket;
	size_t count;
};

/* FNV-1a, 64 bits, of the n bytes at s: for the tree's hash table. */
static size_t hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (size_t)h;
}

static struct node *find(const struct tree *t, const char *path, size_t len)
{
	struct node *n;

	for (n = t->bucket[hash(path, len) & (t->nbucket - 1)]; n != NULL; n = n->next)
		if (strlen(n->path) == len && memcmp(n->path, path, len) == 0)
			return n;
	return NULL;
}

static void add(struct tree *t, struct node *n)
{
	size_t h = hash(n->path, strlen(n->path)) & (t->nbucket - 1);

	n->next = t->bucket[h];
	t->bucket[h] = n;
	t->count++;
}

static void tree_free(struct tree *t)
{
	size_t i;

	for (i = 0; i < t->nbucket; i++)
		while (t->bucket[i] != NULL) {
			struct node *n = t->bucket[i];

			t->bucket[i] = n->next;
			free(n->path);
			free(n->target);
			free(n);
		}
	free(t->bucket);
}

/* Normalise an entry's name into out: drop "./" parts, repeated and
 * trailing slashes.  NULL, or what is wrong with it.  The top of the tree
 * itself normalises to "". */
static const char *normalise(const char *in, char *out, size_t cap)
{
	size_t o = 0;

	if (in == NULL)
		return "a name that cannot be read";
	if (in[0] == '\0')
		return "an empty name";
	if (in[0] == '/')
		return "an absolute name";
	while (*in) {
		size_t n = strcspn(in, "/");

		if (n == 2 && in[0] == '.' && in[1] == '.')
			return "a '..' part";
		if (n > 0 && !(n == 1 && in[0] == '.')) {
			if (o + (o ? 1 : 0) + n >= cap)
				return "a name that is too long";
			if (o)
				out[o++] = '/';
			memcpy(out + o, in, n);
			o += n;
		}
		in += n;
		while (*in == '/')
			in++;
	}
	out[o] = '\0';
	return NULL;
}

/*
 * Follow target from the directory cur (a normalised path; "" is the top)
 * as path resolution would in the tree the image makes, leaving the
 * result in cur.  Links inside the image are followed; a name the image
 * does not hold is taken as it is.  -1 when the walk leaves the tree, -2
 * after too many links.
 */
static int walk(const struct tree *t, char *cur, const char *target, int *hops)
{
	size_t len = strlen(cur);
	int r;

	if (target[0] == '/')
		return -1;
	while (*target) {
		size_t n = strcspn(target, "/");
		const char *part = target;
		struct node *link;

		target += n;
		while (*target == '/')
			target++;
		if (n == 0 || (n == 1 && part[0] == '.'))
			continue;
		if (n == 2 && part[0] == '.' && part[1] == '.') {
			char *slash;

			if (len == 0)
				return -1;
			slash = strrchr(cur, '/');
			len = slash ? (size_t)(slash - cur) : 0;
			cur[len] = '\0';
			continue;
		}
		if (len + 1 + n >= PATH_MAX)
			return -1;
		if (len)
			cur[len++] = '/';
		memcpy(cur + len, part, n);
		cur[len + n] = '\0';
		link = find(t, cur, len + n);
		if (link == NULL || link->type != NODE_LINK) {
			len += n;
			continue;
		}
		/* A link: resolve its target from the directory holding it. */
		if (++*hops > UNPACK_MAX_HOPS)
			return -2;
		len = len ? len - 1 : 0;
		cur[len] = '\0';
		r = walk(t, cur, link->target, hops);
		if (r < 0)
			return r;
		len = strlen(cur);
	}
	return 0;
}

struct check {
	const char *what;
	const char *dir;
	const char *packed; /* for a sync, the image zvsh packed, */
	int packed_fd;	    /* open */
	char name[PATH_MAX];
	char was[65536]; /* bytes of the packed image */
	char now[65536]; /* bytes of an extracted file */
};

static int __attribute__((format(printf, 2, 3))) refuse(struct check *c, const char *fmt, ...)
{
	char detail[PATH_MAX + 128];
	va_list ap;
	char *p;

	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, fmt, ap);
	va_end(ap);
	/* The names come from the sandbox: no control bytes to the terminal. */
	for (p = detail; *p; p++)
		if ((unsigned char)*p < ' ' || *p == 0x7f)
			*p = '?';
	say("%s: refusing the saved image, %s is left as it was: %s", c->what, c->dir, detail);
	return -1;
}

static struct archive *open_image(int fd)
{
	struct archive *a = libarchive.read_new();

	if (a == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	/* Plain tar (ustar, pax, GNU) only: ZRT writes nothing else, and no
	 * decompressor should ever run on what a program wrote. */
	libarchive.read_support_format_tar(a);
	if (lseek(fd, 0, SEEK_SET) < 0 || libarchive.read_open_fd(a, fd, 65536) != ARCHIVE_OK) {
		libarchive.read_free(a);
		return NULL;
	}
	return a;
}

/* Whether link n is in base, the tree as packed, as it is: the program
 * left it alone. */
static int unchanged_link(const struct tree *base, const struct node *n)
{
	const struct node *o;

	if (base == NULL)
		return 0;
	o = find(base, n->path, strlen(n->path));
	return o != NULL && o->type == NODE_LINK && strcmp(o->target, n->target) == 0;
}

/* Whether the n bytes at p are those at off in the packed image: 1 or
 * 0, or -1 with errno set when it cannot be read. */
static int same_bytes(struct check *c, int64_t off, const char *p, size_t n)
{
	while (n > 0) {
		size_t k = n < sizeof c->was ? n : sizeof c->was;
		ssize_t r = pread(c->packed_fd, c->was, k, off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			if (r == 0)
				errno = EIO; /* the image was cut short since */
			return -1;
		}
		if (memcmp(c->was, p, (size_t)r) != 0)
			return 0;
		p += r;
		n -= (size_t)r;
		off += r;
	}
	return 1;
}

/* Whether the data of the current entry of a is o's, the file as packed:
 * 1 or 0; -1 when it cannot be read, after a message.  The data must come
 * as one run of bytes of o's size, so that a sparse entry (whose holes
 * would read as zeros) is never taken for it; it is then extracted and
 * compared there. */
static int same_data(struct check *c, struct archive *a, const struct node *o)
{
	int64_t at = 0, off;
	const void *buf;
	size_t size;
	int r, same = 1;

	while ((r = libarchive.read_data_block(a, &buf, &size, &off)) == ARCHIVE_OK) {
		if (!same)
			continue;
		if (off != at || (int64_t)size > o->size - at) {
			same = 0;
			continue;
		}
		same = same_bytes(c, o->offset + at, buf, size);
		if (same < 0) {
			say("%s: %s: %s", c->what, c->packed, strerror(errno));
			return -1;
		}
		at += (int64_t)size;
	}
	if (r != ARCHIVE_EOF) {
		refuse(c, "unreadable: %s", libarchive.error_string(a));
		return -1;
	}
	return same && at == o->size;
}

/* Pass one: read every entry into the model, refusing what no tree made
 * inside the directory could hold.  With base, the tree as packed for a
 * sync, mark the entries the program left as they were. */
static int check_entries(struct check *c, int fd, struct tree *t, const struct tree *base)
{
	struct archive_entry *e;
	struct archive *a = open_image(fd);
	const char *why;
	int r, ret = -1;

	if (a == NULL)
		return refuse(c, "not a tar image");
	while ((r = libarchive.read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		const char *raw = libarchive.entry_pathname(e),
			   *hard = libarchive.entry_hardlink(e);
		mode_t type = libarchive.entry_filetype(e);
		struct node *n;

		why = normalise(raw, c->name, sizeof c->name);
		if (why != NULL) {
			refuse(c, "entry '%s' has %s", raw ? raw : "?", why);
			goto out;
		}
		if (c->name[0] == '\0') {
			/* The top itself: only as a directory, and its mode stays
			 * the old directory's. */
			if (type != AE_IFDIR) {
				refuse(c, "entry '%s' replaces the top directory", raw);
				goto out;
			}
			continue;
		}
		if (find(t, c->name, strlen(c->name)) != NULL) {
			refuse(c, "entry '%s' appears twice", c->name);
			goto out;
		}
		if (t->count >= UNPACK_MAX_ENTRIES) {
			refuse(c, "more than %d entries", UNPACK_MAX_ENTRIES);
			goto out;
		}
		n = xcalloc(1, sizeof *n);
		n->path = xstrdup(c->name);
		/* Counted in now, so that tree_free() releases it on the way out. */
		add(t, n);
		if (hard != NULL) {
			char target[PATH_MAX];
			struct node *to;

			why = normalise(hard, target, sizeof target);
			to = why ? NULL : find(t, target, strlen(target));
			if (to == NULL || to == n || to->type != NODE_FILE) {
				refuse(c,
				       "hard link '%s' is not to a regular file before it in the "
				       "image ('%s')",
				       c->name, hard);
				goto out;
			}
			n->type = NODE_FILE;
			/* Both names are extracted, and compared there. */
			to->kept = 0;
		} else if (type == AE_IFREG) {
			const struct node *o = base ? find(base, n->path, strlen(n->path)) : NULL;

			n->type = NODE_FILE;
			if (o != NULL && o->type == NODE_FILE &&
			    o->perm == (libarchive.entry_perm(e) & 0777) &&
			    o->size == libarchive.entry_size(e)) {
				int same = same_data(c, a, o);

				if (same < 0)
					goto out;
				n->kept = same;
			}
		} else if (type == AE_IFDIR) {
			n->type = NODE_DIR;
		} else if (type == AE_IFIFO) {
			const struct node *o = base ? find(base, n->path, strlen(n->path)) : NULL;

			/* A FIFO is its name and mode: nothing of what went
			 * through it inside is kept. */
			n->type = NODE_FIFO;
			n->kept = o != NULL && o->type == NODE_FIFO &&
				  o->perm == (libarchive.entry_perm(e) & 0777);
		} else if (type == AE_IFLNK && libarchive.entry_symlink(e) != NULL &&
			   libarchive.entry_symlink(e)[0] != '\0') {
			n->type = NODE_LINK;
			n->target = xstrdup(libarchive.entry_symlink(e));
			n->kept = unchanged_link(base, n);
		} else {
			refuse(c, "entry '%s' %s", c->name,
			       type == AE_IFLNK ? "is a link to nothing"
						: "is not a file, directory, link or FIFO");
			goto out;
		}
	}
	if (r != ARCHIVE_EOF) {
		refuse(c, "unreadable: %s", libarchive.error_string(a));
		goto out;
	}
	ret = 0;
out:
	libarchive.read_free(a);
	return ret;
}

/* Pass one, continued: the model as a whole.  No entry beneath a link or
 * a file; then no link out of the tree, but one a sync keeps (the tree as
 * packed already had it: the program did not make it, and the sync
 * leaves it as it is). */
static int check_tree(struct check *c, const struct tree *t)
{
	const struct node *n;
	size_t i;

	for (i = 0; i < t->nbucket; i++)
		for (n = t->bucket[i]; n != NULL; n = n->next) {
			const char *slash;

			for (slash = strchr(n->path, '/'); slash; slash = strchr(slash + 1, '/')) {
				const struct node *up = find(t, n->path, (size_t)(slash - n->path));

				if (up != NULL && up->type != NODE_DIR)
					return refuse(
					    c,
					    "entry '%s' lies beneath '%s', which is not a "
					    "directory",
					    n->path, up->path);
			}
		}
	for (i = 0; i < t->nbucket; i++)
		for (n = t->bucket[i]; n != NULL; n = n->next) {
			const char *slash = strrchr(n->path, '/');
			char cur[PATH_MAX];
			int hops = 0, r;

			if (n->type != NODE_LINK || n->kept)
				continue;
			snprintf(cur, sizeof cur, "%.*s", slash ? (int)(slash - n->path) : 0,
				 n->path);
			r = walk(t, cur, n->target, &hops);
			if (r == -2)
				return refuse(c, "link '%s' goes through more than %d links ('%s')",
					      n->path, UNPACK_MAX_HOPS, n->target);
			if (r < 0)
				return refuse(c, "link '%s' leads out of the directory ('%s')",
					      n->path, n->target);
		}
	return 0;
}

/* Pass two: extract into the current directory, entry by entry as
 * checked, but for those a sync keeps. */
static int extract(struct check *c, int fd, const struct tree *t)
{
	struct archive *a = open_image(fd), *disk = libarchive.write_disk_new();
	struct archive_entry *e;
	int r, ret = -1;

	if (a == NULL || disk == NULL) {
		say("%s: cannot read the saved image again", c->what);
		goto out;
	}
	libarchive.write_disk_set_options(
	    disk, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_SECURE_NODOTDOT |
		      ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS);
	while ((r = libarchive.read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		const char *hard = libarchive.entry_hardlink(e);
		const struct node *n = NULL;
		char target[PATH_MAX];
		const void *buf;
		size_t size;
		int64_t off;

		if (normalise(libarchive.entry_pathname(e), c->name, sizeof c->name) != NULL ||
		    (c->name[0] != '\0' && (n = find(t, c->name, strlen(c->name))) == NULL)) {
			say("%s: the saved image changed while it was extracted", c->what);
			goto out;
		}
		/* A kept entry's data is skipped with the next header. */
		if (c->name[0] == '\0' || n->kept)
			continue;
		libarchive.entry_copy_pathname(e, c->name);
		if (hard != NULL) {
			if (normalise(hard, target, sizeof target) != NULL) {
				say("%s: the saved image changed while it was extracted", c->what);
				goto out;
			}
			libarchive.entry_copy_hardlink(e, target);
		}
		/* No set-id or sticky bits from inside the sandbox. */
		libarchive.entry_set_perm(e, libarchive.entry_perm(e) & 0777);
		if (libarchive.write_header(disk, e) < ARCHIVE_WARN) {
			say("%s: %s: %s", c->what, c->name, libarchive.error_string(disk));
			goto out;
		}
		while ((r = libarchive.read_data_block(a, &buf, &size, &off)) == ARCHIVE_OK)
			if (libarchive.write_data_block(disk, buf, size, off) < ARCHIVE_WARN) {
				say("%s: %s: %s", c->what, c->name, libarchive.error_string(disk));
				goto out;
			}
		if (r != ARCHIVE_EOF) {
			say("%s: %s: %s", c->what, c->name, libarchive.error_string(a));
			goto out;
		}
		if (libarchive.write_finish_entry(disk) < ARCHIVE_WARN) {
			say("%s: %s: %s", c->what, c->name, libarchive.error_string(disk));
			goto out;
		}
	}
	if (r != ARCHIVE_EOF) {
		say("%s: the saved image: %s", c->what, libarchive.error_string(a));
		goto out;
	}
	/* Directory modes and times are set here, last. */
	if (libarchive.write_close(disk) != ARCHIVE_OK) {
		say("%s: %s", c->what, libarchive.error_string(disk));
		goto out;
	}
	ret = 0;
out:
	if (a != NULL)
		libarchive.read_free(a);
	if (disk != NULL)
		libarchive.write_free(disk);
	return ret;
}

static uid_t owner_uid;
static gid_t owner_gid;

static int give_back(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return lchown(path, owner_uid, owner_gid) < 0 ? -1 : 0;
}

/* Put fresh in dir's place; the old tree ends up at fresh's name. */
static int swap(const char *fresh, const char *dir)
{
	char *aside;
	int r;

	if (renameat2(AT_FDCWD, fresh, AT_FDCWD, dir, RENAME_EXCHANGE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
		return -1;
	/* No atomic exchange on this file system: two renames, undone if
	 * the second fails. */
	aside = xasprintf("%s.old", fresh);
	if (rename(dir, aside) < 0) {
		free(aside);
		return -1;
	}
	if (rename(fresh, dir) < 0) {
		int saved = errno;

		(void)rename(aside, dir);
		free(aside);
		errno = saved;
		return -1;
	}
	r = rename(aside, fresh);
	free(aside);
	return r < 0 ? -1 : 0;
}

/* Whether the file open as fd, of size size, has o's bytes, as packed: 1
 * or 0, or -1 with errno set. */
static int same_file(struct check *c, int fd, off_t size, const struct node *o)
{
	int64_t at = 0;
	ssize_t n;
	int same;

	if (size != o->size)
		return 0;
	while ((n = read(fd, c->now, sizeof c->now)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n > o->size - at)
			return 0;
		same = same_bytes(c, o->offset + at, c->now, (size_t)n);
		if (same <= 0)
			return same;
		at += n;
	}
	return at == o->size;
}

/* The tree zvsh packed (its own image, open as c->packed_fd, not the
 * program's): every entry's type, permissions, link target, and a regular
 * file's size and where its data lies in the image, to compare with
 * there.  The data is not read. */
static int read_base(struct check *c, struct tree *b)
{
	struct archive *a = open_image(c->packed_fd);
	struct archive_entry *e;
	struct stat st;
	int r, ret = -1;

	if (a == NULL || fstat(c->packed_fd, &st) < 0) {
		say("%s: cannot read %s again", c->what, c->packed);
		goto out;
	}
	while ((r = libarchive.read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		const char *hard = libarchive.entry_hardlink(e);
		struct node *n;

		if (normalise(libarchive.entry_pathname(e), c->name, sizeof c->name) != NULL ||
		    c->name[0] == '\0' || find(b, c->name, strlen(c->name)) != NULL)
			continue;
		n = xcalloc(1, sizeof *n);
		n->path = xstrdup(c->name);
		n->perm = libarchive.entry_perm(e) & 0777;
		n->size = -1;
		add(b, n);
		if (hard != NULL) {
			char target[PATH_MAX];
			const struct node *to = normalise(hard, target, sizeof target) == NULL
						    ? find(b, target, strlen(target))
						    : NULL;

			n->type = NODE_FILE;
			if (to != NULL && to->type == NODE_FILE) {
				n->size = to->size;
				n->offset = to->offset;
			}
			continue;
		}
		switch (libarchive.entry_filetype(e)) {
		case AE_IFDIR:
			n->type = NODE_DIR;
			continue;
		case AE_IFLNK:
			n->type = NODE_LINK;
			n->target =
			    xstrdup(libarchive.entry_symlink(e) ? libarchive.entry_symlink(e) : "");
			continue;
		case AE_IFIFO:
			n->type = NODE_FIFO;
			continue;
		default:
			n->type = NODE_FILE;
		}
		/* The header read, the data comes next in the image: a tar
		 * block boundary, within the file. */
		n->size = libarchive.entry_size(e);
		n->offset = libarchive.filter_bytes(a, 0);
		if (n->size < 0 || n->offset < 512 || n->offset % 512 != 0 ||
		    n->offset > st.st_size || n->size > st.st_size - n->offset) {
			say("%s: %s: cannot find the data of %s", c->what, c->packed, n->path);
			goto out;
		}
	}
	if (r != ARCHIVE_EOF) {
		say("%s: %s: %s", c->what, c->packed, libarchive.error_string(a));
		goto out;
	}
	ret = 0;
out:
	if (a != NULL)
		libarchive.read_free(a);
	return ret;
}

static int by_path(const void *a, const void *b)
{
	return strcmp((*(const struct node *const *)a)->path, (*(const struct node *const *)b)->path);
}

/* The tree's nodes in byte order of their paths: a directory comes
 * before everything beneath it. */
static struct node **sorted(const struct tree *t)
{
	struct node **v = xcalloc(t->count + 1, sizeof *v), *n;
	size_t i, k = 0;

	for (i = 0; i < t->nbucket; i++)
		for (n = t->bucket[i]; n != NULL; n = n->next)
			v[k++] = n;
	qsort(v, k, sizeof *v, by_path);
	return v;
}

/* Remove path under dirfd, whatever it is; a directory with its tree. */
static int remove_at(int dirfd, const char *dir, const char *path)
{
	struct stat st;
	char *full;
	int r;

	if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlinkat(dirfd, path, 0) < 0 && errno != ENOENT ? -1 : 0;
	full = xasprintf("%s/%s", dir, path);
	r = tree_remove(full);
	free(full);
	return r;
}

/* Apply to dir what the program changed: fresh holds the saved tree, b
 * the tree as packed.  Entries are compared with what was packed, not
 * with dir now, so that a file the program left alone is never written
 * back over someone else's change to it. */
static int apply(struct check *c, const char *fresh, const char *dir, const struct tree *t,
		 const struct tree *b)
{
	struct node **now = sorted(t), **was = sorted(b);
	int from = open(fresh, O_PATH | O_DIRECTORY | O_CLOEXEC);
	int to = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	int ret = -1;
	size_t i;

	if (from < 0 || to < 0) {
		say("%s: %s: %s", c->what, from < 0 ? fresh : dir, strerror(errno));
		goto out;
	}
	for (i = 0; now[i] != NULL; i++) {
		const struct node *n = now[i], *o = find(b, n->path, strlen(n->path));
		const char *p = n->path;
		struct stat st, host;
		int same = 0;

		/* Left as it was, and so not extracted. */
		if (n->kept)
			continue;
		if (fstatat(from, p, &st, AT_SYMLINK_NOFOLLOW) < 0)
			goto fail;
		if (n->type == NODE_DIR) {
			if (fstatat(to, p, &host, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(host.st_mode)) {
				if (o != NULL && o->type == NODE_DIR && o->perm == (st.st_mode & 0777))
					continue;
				if (fchmodat(to, p, st.st_mode & 0777, 0) < 0)
					goto fail;
				continue;
			}
			if (remove_at(to, dir, p) < 0 || mkdirat(to, p, st.st_mode & 0777) < 0)
				goto fail;
			if (owner_uid != 0 || owner_gid != 0)
				if (fchownat(to, p, owner_uid, owner_gid, AT_SYMLINK_NOFOLLOW) < 0)
					goto fail;
			continue;
		}
		if (o != NULL && o->type == n->type) {
			if (n->type == NODE_LINK) {
				same = strcmp(o->target, n->target) == 0;
			} else if (n->type == NODE_FIFO) {
				/* Never opened: that would wait for a writer. */
				same = o->perm == (st.st_mode & 0777);
			} else if (o->perm == (st.st_mode & 0777)) {
				int fd = openat(from, p, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

				same = fd < 0 ? -1 : same_file(c, fd, st.st_size, o);
				if (fd >= 0)
					close(fd);
				if (same < 0)
					goto fail;
			}
		}
		if (same)
			continue;
		/* A directory where the program left a file or a link. */
		if (fstatat(to, p, &host, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(host.st_mode) &&
		    remove_at(to, dir, p) < 0)
			goto fail;
		if (renameat(from, p, to, p) < 0)
			goto fail;
	}
	/* What the program removed, deepest first.  A directory that holds
	 * something the program never saw stays. */
	for (i = b->count; i-- > 0;) {
		const struct node *o = was[i];

		if (find(t, o->path, strlen(o->path)) != NULL)
			continue;
		if (o->type == NODE_DIR) {
			if (unlinkat(to, o->path, AT_REMOVEDIR) < 0 && errno != ENOENT &&
			    errno != ENOTEMPTY && errno != EEXIST)
				goto fail_at;
		} else if (unlinkat(to, o->path, 0) < 0 && errno != ENOENT) {
			goto fail_at;
		}
		continue;
	fail_at:
		say("%s: %s/%s: %s", c->what, dir, o->path, strerror(errno));
		goto out;
	}
	ret = 0;
	goto out;
fail:
	say("%s: %s/%s: %s", c->what, dir, now[i]->path, strerror(errno));
out:
	if (from >= 0)
		close(from);
	if (to >= 0)
		close(to);
	free(now);
	free(was);
	return ret;
}

static int unpack(const char *what, const char *dir, const char *image, const char *packed)
{
	struct check *c = xcalloc(1, sizeof *c);
	struct tree t = {NULL, 1024, 0}, b = {NULL, 1024, 0};
	char *parent = path_dir(dir), *base = path_base(dir), *fresh = NULL;
	struct stat st, old;
	int fd = -1, here = -1, ret = -1;
	const char *missing = libarchive_load();

	c->what = what;
	c->dir = dir;
	c->packed_fd = -1;
	t.bucket = xcalloc(t.nbucket, sizeof *t.bucket);
	if (missing != NULL) {
		say(LIBARCHIVE_MISSING, what, missing);
		goto out;
	}
	fd = open(image, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0) {
		say("%s: %s: %s", what, image, strerror(errno));
		goto out;
	}
	if (st.st_size == 0) {
		say("%s: the program saved no image; %s is left as it was", what, dir);
		ret = 0;
		goto out;
	}
	if (t.nbucket < (size_t)st.st_size / 4096) {
		/* Roughly one bucket per entry: an entry takes at least one
		 * 512-byte header, usually several blocks. */
		while (t.nbucket < (size_t)st.st_size / 4096 && t.nbucket < UNPACK_MAX_ENTRIES)
			t.nbucket *= 2;
		free(t.bucket);
		t.bucket = xcalloc(t.nbucket, sizeof *t.bucket);
	}
	/* The tree as packed first, for check_entries to tell what the
	 * program left as it was. */
	if (packed != NULL) {
		c->packed = packed;
		c->packed_fd = open(packed, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		b.nbucket = t.nbucket;
		b.bucket = xcalloc(b.nbucket, sizeof *b.bucket);
		if (c->packed_fd < 0) {
			say("%s: cannot read %s again: %s", what, packed, strerror(errno));
			goto out;
		}
		if (read_base(c, &b) < 0)
			goto out;
	}
	if (check_entries(c, fd, &t, packed != NULL ? &b : NULL) < 0)
		goto out;
	if (check_tree(c, &t) < 0)
		goto out;
	if (lstat(dir, &old) < 0 || !S_ISDIR(old.st_mode)) {
		say("%s: %s is no longer a directory; the saved tree is not written back", what,
		    dir);
		goto out;
	}

	fresh = xasprintf("%s/.%s.zvsh-XXXXXX", strcmp(parent, "/") ? parent : "", base);
	if (mkdtemp(fresh) == NULL) {
		say("%s: cannot make a directory beside %s: %s", what, dir, strerror(errno));
		free(fresh);
		fresh = NULL;
		goto out;
	}
	here = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (here < 0 || chdir(fresh) < 0) {
		say("%s: %s: %s", what, fresh, strerror(errno));
		goto out;
	}
	if (extract(c, fd, &t) < 0) {
		say("%s: %s is left as it was", what, dir);
		goto out;
	}
	if (fchdir(here) < 0) {
		say("%s: cannot return to the working directory: %s", what, strerror(errno));
		goto out;
	}
	/* The new tree belongs to whoever owned the old one, and the
	 * directory keeps its mode. */
	owner_uid = 0;
	owner_gid = 0;
	if (geteuid() == 0 && (old.st_uid != 0 || old.st_gid != 0)) {
		owner_uid = old.st_uid;
		owner_gid = old.st_gid;
		if (nftw(fresh, give_back, 32, FTW_PHYS | FTW_MOUNT) != 0) {
			say("%s: cannot give the saved tree to the owner of %s: %s", what, dir,
			    strerror(errno));
			goto out;
		}
	}
	if (packed != NULL) {
		if (apply(c, fresh, dir, &t, &b) < 0) {
			say("%s: %s is left partly updated", what, dir);
			goto out;
		}
	} else if (chmod(fresh, old.st_mode & 07777) < 0 || swap(fresh, dir) < 0) {
		say("%s: cannot replace %s with the saved tree: %s; it is left as it was", what,
		    dir, strerror(errno));
		goto out;
	}
	ret = 0;
out:
	if (here >= 0) {
		if (fchdir(here) < 0 && ret == 0)
			ret = -1;
		close(here);
	}
	if (fresh != NULL && tree_remove(fresh) < 0)
		say("%s: cannot remove %s: %s", what, fresh, strerror(errno));
	if (fd >= 0)
		close(fd);
	if (c->packed_fd >= 0)
		close(c->packed_fd);
	tree_free(&t);
	if (b.bucket != NULL)
		tree_free(&b);
	free(fresh);
	free(parent);
	free(base);
	free(c);
	return ret;
}

int unpack_replace(const char *what, const char *dir, const char *image)
{
	return unpack(what, dir, image, NULL);
}

int unpack_sync(const char *what, const char *dir, const char *image, const char *packed)
{
	return unpack(what, dir, image, packed);
}
