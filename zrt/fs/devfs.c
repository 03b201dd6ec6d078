/*
 * devfs.c - the file system at /dev: the manifest's channels under their
 * aliases, and the emulated null, zero, full, random and urandom.
 *
 * Its contents are fixed when it is made (channels cannot come or go), so
 * nodes are one array: the directory first, then the emulated devices,
 * then the channels in manifest order, which is also readdir's order.
 * A channel whose alias is "/dev/NAME" for a single component NAME
 * appears as NAME; a channel named like an emulated device replaces it.
 *
 * How a channel looks (doc/zrt.md has the table): a channel read or
 * written at offsets (types 1-3 in the direction it allows) is a regular
 * file of the channel's size and can be seeked; a sequential one is a
 * character device and lseek fails with ESPIPE.  nvram's [mapping] can
 * change the reported type, but not how the channel behaves.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/devfs.h"
#include "internal/fd.h"
#include "internal/nvram.h"
#include "internal/proc.h"
#include "internal/random.h"

enum kind { DEV_DIR, DEV_NULL, DEV_ZERO, DEV_FULL, DEV_RANDOM, DEV_URANDOM, DEV_CHANNEL };

struct devnode {
	const char *name;
	enum kind kind;
	int ch;       /* channel index for DEV_CHANNEL */
	int64_t size; /* bytes of a random-access channel, growing with writes */
};

struct devfs {
	struct devnode *nodes;
	size_t n;
	struct timespec made;
};

#define D(fs) ((struct devfs *)(fs))
#define NODE(node) ((struct devnode *)(node))

/* Linux's numbers for the memory devices, major 1. */
static const struct {
	const char *name;
	enum kind kind;
	unsigned minor;
} emulated[] = {
	{"null", DEV_NULL, 3},
	{"zero", DEV_ZERO, 5},
	{"full", DEV_FULL, 7},
	{"random", DEV_RANDOM, 8},
	{"urandom", DEV_URANDOM, 9},
};
#define NEMULATED (sizeof(emulated) / sizeof(emulated[0]))

static int readable(int ch)
{
	const struct ZVMChannel *c = &MANIFEST->channels[ch];

	return c->limits[GetsLimit] > 0 && c->limits[GetSizeLimit] > 0;
}

static int writable(int ch)
{
	const struct ZVMChannel *c = &MANIFEST->channels[ch];

	return c->limits[PutsLimit] > 0 && c->limits[PutSizeLimit] > 0;
}

/* Whether the channel is used at offsets in a direction it allows. */
static int random_access(int ch)
{
	enum AccessType t = MANIFEST->channels[ch].type;

	return (readable(ch) && (t == RGetSPut || t == RGetRPut)) ||
	       (writable(ch) && (t == SGetRPut || t == RGetRPut));
}

/* The name of channel ch in /dev, or NULL if it has none there. */
static const char *dev_name(int ch)
{
	const char *name = MANIFEST->channels[ch].name;
	size_t len;

	if (name == NULL || strncmp(name, "/dev/", 5) != 0)
		return NULL;
	name += 5;
	len = strnlen(name, NAME_MAX + 1);
	if (len == 0 || len > NAME_MAX || memchr(name, '/', len) != NULL ||
	    strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return NULL;
	return name;
}

static uint64_t ino_of(struct devfs *d, const struct devnode *n)
{
	/* Position in the array, from 1: fixed by the manifest. */
	return (uint64_t)(n - d->nodes) + 1;
}

static void *dv_root(void *fs)
{
	return &D(fs)->nodes[0];
}

static void dv_hold(void *fs, void *node)
{
}

static void dv_release(void *fs, void *node)
{
}

static int dv_lookup(void *fs, void *dir, const char *name, void **node)
{
	size_t i;

	for (i = 1; i < D(fs)->n; i++) {
		if (strcmp(D(fs)->nodes[i].name, name) == 0) {
			*node = &D(fs)->nodes[i];
			return 0;
		}
	}
	return -ENOENT;
}

static int dv_parent(void *fs, void *dir, void **node)
{
	*node = &D(fs)->nodes[0];
	return 0;
}

/* nvram's [mapping] record for channel ch (the last, if several name
 * it), or NULL. */
static const struct __zrt_nvram_mapping *mapping_of(int ch)
{
	const struct __zrt_nvram_mapping *m = NULL;
	int i;

	for (i = 0; i < __zrt_nvram.nmapping; i++)
		if (strcmp(__zrt_nvram.mapping[i].channel, MANIFEST->channels[ch].name) == 0)
			m = &__zrt_nvram.mapping[i];
	return m;
}

/* st_mode of a channel: type from its access (or [mapping]), permission
 * bits from what its limits allow. */
static mode_t channel_mode(int ch)
{
	const struct __zrt_nvram_mapping *m = mapping_of(ch);
	mode_t type = random_access(ch) ? S_IFREG : S_IFCHR;

	if (m != NULL) {
		switch (m->mode) {
		case ZRT_NVRAM_PIPE:
			type = S_IFIFO;
			break;
		case ZRT_NVRAM_CHAR:
			type = S_IFCHR;
			break;
		case ZRT_NVRAM_FILE:
			type = S_IFREG;
			break;
		}
	}
	return type | (readable(ch) ? 0444 : 0) | (writable(ch) ? 0222 : 0);
}

const char *__zrt_devfs_file(void *fs, void *node)
{
	const struct devnode *n = NODE(node);
	const struct __zrt_nvram_mapping *m;

	(void)fs;
	if (n->kind != DEV_CHANNEL || (m = mapping_of(n->ch)) == NULL)
		return NULL;
	return m->file;
}

static int dv_getattr(void *fs, void *node, struct stat *st)
{
	struct devnode *n = NODE(node);
	size_t i;

	memset(st, 0, sizeof(*st));
	st->st_ino = (ino_t)ino_of(D(fs), n);
	st->st_nlink = 1;
	st->st_uid = ZRT_UID;
	st->st_gid = ZRT_GID;
	st->st_atim = D(fs)->made;
	st->st_mtim = D(fs)->made;
	st->st_ctim = D(fs)->made;
	st->st_blksize = ZRT_STDIO_BLKSIZE;
	switch (n->kind) {
	case DEV_DIR:
		st->st_mode = S_IFDIR | 0755;
		st->st_nlink = 2;
		st->st_size = 4096;
		break;
	case DEV_CHANNEL:
		st->st_mode = channel_mode(n->ch);
		if (S_ISREG(st->st_mode))
			st->st_size = (off_t)n->size;
		break;
	default:
		st->st_mode = S_IFCHR | 0666;
		for (i = 0; i < NEMULATED; i++)
			if (emulated[i].kind == n->kind)
				st->st_rdev = (dev_t)(1 << 8 | emulated[i].minor);
		break;
	}
	return 0;
}

static int dv_readdir(void *fs, void *dir, uint64_t *pos, struct __zrt_vfs_dirent *out)
{
	struct devfs *d = D(fs);
	struct devnode *n;
	struct stat st;

	if (*pos < 2) {
		n = &d->nodes[0];
		strcpy(out->name, *pos == 0 ? "." : "..");
	} else if (*pos - 1 < d->n) {
		n = &d->nodes[*pos - 1];
		strcpy(out->name, n->name);
	} else {
		return 0;
	}
	dv_getattr(fs, n, &st);
	out->ino = (uint64_t)st.st_ino;
	out->type = (unsigned char)((st.st_mode & S_IFMT) >> 12);
	out->node = n;
	*pos += 1;
	return 1;
}

static ssize_t dv_read(void *fs, void *node, void *buf, size_t size, int64_t off)
{
	struct devnode *n = NODE(node);

	switch (n->kind) {
	case DEV_NULL:
		return 0;
	case DEV_ZERO:
	case DEV_FULL:
		memset(buf, 0, size);
		return (ssize_t)size;
	case DEV_RANDOM:
	case DEV_URANDOM:
		/* Both are the seeded stream: nothing here may block or
		 * differ between runs. */
		__zrt_random_bytes(buf, size);
		return (ssize_t)size;
	case DEV_CHANNEL:
		return __zrt_channel_read(n->ch, buf, size, off);
	default:
		return -EISDIR;
	}
}

static ssize_t dv_write(void *fs, void *node, const void *buf, size_t size, int64_t off)
{
	struct devnode *n = NODE(node);
	ssize_t r;

	switch (n->kind) {
	case DEV_FULL:
		return -ENOSPC;
	case DEV_CHANNEL:
		r = __zrt_channel_write(n->ch, buf, size, off);
		if (r > 0) {
			/* A sequential writer appends; a random one may
			 * extend the channel. */
			if (MANIFEST->channels[n->ch].type == SGetRPut ||
			    MANIFEST->channels[n->ch].type == RGetRPut) {
				if (off + r > n->size)
					n->size = off + r;
			} else if (random_access(n->ch)) {
				n->size += r;
			}
		}
		return r;
	case DEV_DIR:
		return -EISDIR;
	default:
		return (ssize_t)size; /* null, zero, random: discarded */
	}
}

static int dv_truncate(void *fs, void *node, int64_t size)
{
	/* open(O_TRUNC) of an output channel is how programs start writing
	 * it; a channel cannot shrink, so this changes nothing. */
	return NODE(node)->kind == DEV_CHANNEL ? 0 : -EINVAL;
}

static int dv_refuse_create(void *fs, void *dir, const char *name, const struct __zrt_create *c,
			    void **node)
{
	return -EPERM;
}

static int dv_refuse_link(void *fs, void *dir, const char *name, void *node)
{
	return -EPERM;
}

static int dv_refuse_remove(void *fs, void *dir, const char *name)
{
	return -EPERM;
}

static int dv_refuse_rename(void *fs, void *odir, const char *oname, void *ndir, const char *nname)
{
	return -EPERM;
}

static int dv_refuse_setattr(void *fs, void *node, const struct __zrt_setattr *sa)
{
	return -EPERM;
}

static int dv_statvfs(void *fs, struct statvfs *sv)
{
	memset(sv, 0, sizeof(*sv));
	sv->f_bsize = ZRT_STDIO_BLKSIZE;
	sv->f_frsize = ZRT_STDIO_BLKSIZE;
	sv->f_files = D(fs)->n;
	sv->f_namemax = NAME_MAX;
	return 0;
}

static int dv_seekable(void *fs, void *node)
{
	struct devnode *n = NODE(node);

	return n->kind != DEV_CHANNEL || MANIFEST->channels[n->ch].type != SGetSPut;
}

const struct __zrt_fs_ops __zrt_devfs_ops = {
	.root = dv_root,
	.hold = dv_hold,
	.release = dv_release,
	.lookup = dv_lookup,
	.parent = dv_parent,
	.getattr = dv_getattr,
	.readdir = dv_readdir,
	.read = dv_read,
	.write = dv_write,
	.truncate = dv_truncate,
	.setattr = dv_refuse_setattr,
	.create = dv_refuse_create,
	.link = dv_refuse_link,
	.remove = dv_refuse_remove,
	.rename = dv_refuse_rename,
	.statvfs = dv_statvfs,
	.seekable = dv_seekable,
};

void *__zrt_devfs_new(void)
{
	int nch = __zrt_channel_count();
	struct devfs *d = calloc(1, sizeof(*d));
	size_t i;
	int ch;

	if (d == NULL)
		return NULL;
	d->nodes = calloc(1 + NEMULATED + (size_t)nch, sizeof(*d->nodes));
	if (d->nodes == NULL) {
		free(d);
		return NULL;
	}
	d->made = __zrt_fs_now();
	d->nodes[0].name = "";
	d->nodes[0].kind = DEV_DIR;
	d->n = 1;
	for (i = 0; i < NEMULATED; i++) {
		d->nodes[d->n].name = emulated[i].name;
		d->nodes[d->n].kind = emulated[i].kind;
		d->n++;
	}
	for (ch = 0; ch < nch; ch++) {
		const char *name = dev_name(ch);
		struct devnode *n = NULL;

		if (name == NULL)
			continue;
		/* A channel takes the place of an emulated device of the
		 * same name; a duplicate alias cannot pass the manifest
		 * parser, but keep the first if one does. */
		for (i = 1; i < d->n; i++) {
			if (strcmp(d->nodes[i].name, name) == 0) {
				n = &d->nodes[i];
				break;
			}
		}
		if (n != NULL && n->kind == DEV_CHANNEL)
			continue;
		if (n == NULL)
			n = &d->nodes[d->n++];
		n->name = name;
		n->kind = DEV_CHANNEL;
		n->ch = ch;
		n->size = MANIFEST->channels[ch].size;
	}
	return d;
}

int __zrt_devfs_channel(void *fs, int ch, void **node)
{
	size_t i;

	for (i = 1; i < D(fs)->n; i++) {
		if (D(fs)->nodes[i].kind == DEV_CHANNEL && D(fs)->nodes[i].ch == ch) {
			*node = &D(fs)->nodes[i];
			return 0;
		}
	}
	return -ENOENT;
}
