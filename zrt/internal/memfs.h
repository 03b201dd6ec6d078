/*
 * memfs.h - the layout of memfs, ZRT's in-memory file system, shared by
 * zrt/fs/memfs*.c only (everyone else goes through vfs.h).
 *
 * Nodes carry 64-bit inode numbers given in creation order.  A file's
 * bytes live in chunks of ZRT_MEMFS_CHUNK bytes that exist only where
 * something was written (holes read as zeros); a chunk's buffer grows
 * with what is written to it, so a small file costs about its size.  A
 * file loaded from an uncompressed tar image on a random-read channel
 * may instead be an extent of that channel: its bytes are read from the
 * channel when asked for, and copied into chunks on the first change.  A
 * directory keeps its entries in an array in the order they were linked
 * (each with a sequence number, the readdir cookie) plus a hash table
 * for lookups.  A node is freed when it has no links and no holds.
 */
#ifndef ZRT_INTERNAL_MEMFS_H
#define ZRT_INTERNAL_MEMFS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "internal/vfs.h"

#define ZRT_MEMFS_CHUNK 65536
/* The largest file: 1 TiB, whose chunk table is 128 MiB when full. */
#define ZRT_MEMFS_MAX_SIZE ((int64_t)1 << 40)
/* Links per node: newlib's LINK_MAX. */
#define ZRT_MEMFS_LINK_MAX 32767

struct __zrt_memfs_chunk {
	size_t cap; /* bytes allocated in data; beyond it the chunk reads zeros */
	unsigned char data[];
};

struct __zrt_memfs_ent {
	struct __zrt_memfs_ent *hnext; /* hash chain */
	struct __zrt_memfs_node *node;
	uint64_t seq;                  /* readdir cookie, increasing */
	uint32_t hash;
	uint16_t len;
	char name[];                   /* NUL-terminated */
};

/* A slot of a directory's entry array: ent is NULL once removed (the
 * array is compacted when more than half the slots are empty). */
struct __zrt_memfs_slot {
	uint64_t seq;
	struct __zrt_memfs_ent *ent;
};

struct __zrt_memfs_node {
	uint64_t ino;
	mode_t mode;
	uid_t uid;
	gid_t gid;
	dev_t rdev;
	uint32_t nlink;
	uint32_t holds;
	struct timespec atime, mtime, ctime;
	union {
		struct {
			int64_t size;
			size_t nchunks; /* entries of chunks[] */
			struct __zrt_memfs_chunk **chunks;
			uint64_t bytes; /* allocated, for st_blocks */
			int ext_ch;     /* channel + 1 holding the bytes; 0: chunks */
			int64_t ext_off; /* where they start in it */
		} file;
		struct {
			struct __zrt_memfs_node *parent; /* NULL once removed */
			struct __zrt_memfs_slot *slots;
			size_t nslots, cap, live;
			struct __zrt_memfs_ent **buckets;
			size_t nbuckets; /* a power of two, or 0 */
			uint64_t next_seq;
		} dir;
		struct {
			char *target;
			size_t len;
		} link;
	} u;
};

struct __zrt_memfs {
	struct __zrt_memfs_node *root;
	uint64_t next_ino;
	uint64_t nodes; /* alive, for statvfs */
	int readonly;
};

/* Sequence numbers 0 and 1 are "." and ".."; entries start at 2. */
#define ZRT_MEMFS_FIRST_SEQ 2

/* Nodes (memfs_node.c). */
struct __zrt_memfs_node *__zrt_memfs_node_new(struct __zrt_memfs *m, const struct __zrt_create *c);
void __zrt_memfs_node_put(struct __zrt_memfs *m, struct __zrt_memfs_node *n); /* free if unused */
void __zrt_memfs_touch(struct __zrt_memfs_node *n, int mtime); /* ctime (and mtime) = now */

/* Directory entries (memfs_dir.c). */
struct __zrt_memfs_ent *__zrt_memfs_dir_find(struct __zrt_memfs_node *dir, const char *name);
int __zrt_memfs_dir_add(struct __zrt_memfs_node *dir, const char *name, struct __zrt_memfs_node *n);
void __zrt_memfs_dir_del(struct __zrt_memfs_node *dir, struct __zrt_memfs_ent *e);
struct __zrt_memfs_ent *__zrt_memfs_dir_next(struct __zrt_memfs_node *dir, uint64_t seq);
void __zrt_memfs_dir_free(struct __zrt_memfs_node *dir);

/* File data (memfs_data.c). */
ssize_t __zrt_memfs_data_read(struct __zrt_memfs_node *n, void *buf, size_t size, int64_t off);
ssize_t __zrt_memfs_data_write(struct __zrt_memfs_node *n, const void *buf, size_t size, int64_t off);
int __zrt_memfs_data_truncate(struct __zrt_memfs_node *n, int64_t size);
/* Make an empty file the extent [off, off + size) of channel ch. */
void __zrt_memfs_data_extent(struct __zrt_memfs_node *n, int ch, int64_t off, int64_t size);

#endif
