/*
 * memfs_dir.c - a memfs directory's entries: an array in the order they
 * were linked, and a hash table over it for lookups by name.
 *
 * readdir's order is link order: each new entry gets the directory's next
 * sequence number, which is also its readdir cookie.  Removal leaves an
 * empty slot (so cookies of the other entries stay valid and a listing in
 * progress neither repeats nor skips them); the array is compacted when
 * more than half of it is empty.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal/memfs.h"

/* FNV-1a: cheap, and depends on the name only, never on an address.
 * Its low bits, which pick the bucket, are poor for names that differ
 * only in a few digits (file-000100, file-000200, ...): a final mix
 * spreads the high bits into them. */
static uint32_t hash_name(const char *name, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)name[i];
		h *= 16777619u;
	}
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	return h;
}

struct __zrt_memfs_ent *__zrt_memfs_dir_find(struct __zrt_memfs_node *dir, const char *name)
{
	size_t len = strlen(name);
	uint32_t h = hash_name(name, len);
	struct __zrt_memfs_ent *e;

	if (dir->u.dir.nbuckets == 0)
		return NULL;
	for (e = dir->u.dir.buckets[h & (dir->u.dir.nbuckets - 1)]; e != NULL; e = e->hnext)
		if (e->hash == h && e->len == len && memcmp(e->name, name, len) == 0)
			return e;
	return NULL;
}

/* Keep about one entry per bucket. */
static int grow_buckets(struct __zrt_memfs_node *dir)
{
	size_t nb = dir->u.dir.nbuckets ? dir->u.dir.nbuckets * 2 : 8;
	struct __zrt_memfs_ent **b = calloc(nb, sizeof(*b));
	size_t i;

	if (b == NULL)
		return -ENOSPC;
	for (i = 0; i < dir->u.dir.nslots; i++) {
		struct __zrt_memfs_ent *e = dir->u.dir.slots[i].ent;

		if (e == NULL)
			continue;
		e->hnext = b[e->hash & (nb - 1)];
		b[e->hash & (nb - 1)] = e;
	}
	free(dir->u.dir.buckets);
	dir->u.dir.buckets = b;
	dir->u.dir.nbuckets = nb;
	return 0;
}

int __zrt_memfs_dir_add(struct __zrt_memfs_node *dir, const char *name, struct __zrt_memfs_node *n)
{
	size_t len = strlen(name);
	struct __zrt_memfs_ent *e;
	size_t slot;

	if (len == 0 || len > NAME_MAX)
		return -ENAMETOOLONG;
	/* Allocate everything first, so a failure changes nothing. */
	if (dir->u.dir.live + 1 > dir->u.dir.nbuckets && grow_buckets(dir) < 0)
		return -ENOSPC;
	if (dir->u.dir.nslots == dir->u.dir.cap) {
		size_t cap = dir->u.dir.cap ? dir->u.dir.cap * 2 : 8;
		struct __zrt_memfs_slot *s = realloc(dir->u.dir.slots, cap * sizeof(*s));

		if (s == NULL)
			return -ENOSPC;
		dir->u.dir.slots = s;
		dir->u.dir.cap = cap;
	}
	e = malloc(sizeof(*e) + len + 1);
	if (e == NULL)
		return -ENOSPC;
	memcpy(e->name, name, len + 1);
	e->len = (uint16_t)len;
	e->hash = hash_name(name, len);
	e->node = n;
	e->seq = dir->u.dir.next_seq++;
	e->hnext = dir->u.dir.buckets[e->hash & (dir->u.dir.nbuckets - 1)];
	dir->u.dir.buckets[e->hash & (dir->u.dir.nbuckets - 1)] = e;
	slot = dir->u.dir.nslots++;
	dir->u.dir.slots[slot].seq = e->seq;
	dir->u.dir.slots[slot].ent = e;
	dir->u.dir.live++;
	return 0;
}

/* The first slot whose sequence number is >= seq. */
static size_t lower_bound(const struct __zrt_memfs_node *dir, uint64_t seq)
{
	size_t lo = 0, hi = dir->u.dir.nslots;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (dir->u.dir.slots[mid].seq < seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void compact(struct __zrt_memfs_node *dir)
{
	size_t i, j = 0;

	for (i = 0; i < dir->u.dir.nslots; i++)
		if (dir->u.dir.slots[i].ent != NULL)
			dir->u.dir.slots[j++] = dir->u.dir.slots[i];
	dir->u.dir.nslots = j;
}

void __zrt_memfs_dir_del(struct __zrt_memfs_node *dir, struct __zrt_memfs_ent *e)
{
	struct __zrt_memfs_ent **pp = &dir->u.dir.buckets[e->hash & (dir->u.dir.nbuckets - 1)];
	size_t slot;

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	slot = lower_bound(dir, e->seq);
	dir->u.dir.slots[slot].ent = NULL;
	dir->u.dir.live--;
	free(e);
	if (dir->u.dir.nslots > 16 && dir->u.dir.live < dir->u.dir.nslots / 2)
		compact(dir);
}

struct __zrt_memfs_ent *__zrt_memfs_dir_next(struct __zrt_memfs_node *dir, uint64_t seq)
{
	size_t i;

	for (i = lower_bound(dir, seq); i < dir->u.dir.nslots; i++)
		if (dir->u.dir.slots[i].ent != NULL)
			return dir->u.dir.slots[i].ent;
	return NULL;
}

void __zrt_memfs_dir_free(struct __zrt_memfs_node *dir)
{
	size_t i;

	/* Only empty directories are freed, but be tidy about slots that a
	 * failed operation may have left. */
	for (i = 0; i < dir->u.dir.nslots; i++)
		free(dir->u.dir.slots[i].ent);
	free(dir->u.dir.slots);
	free(dir->u.dir.buckets);
}
