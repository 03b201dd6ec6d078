/*
 * __zrt_shm.c - a small allocator for the shared region (internal/shm.h).
 *
 * The region holds few, long-lived objects (pipes and their buffers), so
 * a first-fit walk over address-ordered blocks is enough: each block
 * starts with its size and whether it is in use, and free neighbours
 * merge as the walk meets them.  Everything stays inside shared_size.
 */
#include <stdint.h>
#include <string.h>
#include <zvm.h>

#include "internal/shm.h"

struct block {
	uint64_t size; /* bytes, this header included; a multiple of ALIGN */
	uint64_t used;
};

#define ALIGN	    16
#define HEADER_SIZE ((sizeof(struct __zrt_shm) + ALIGN - 1) & ~(uint64_t)(ALIGN - 1))

_Static_assert(sizeof(struct block) == ALIGN, "block header");

static uint64_t region_size(void)
{
	uint64_t size = MANIFEST->shared_size;

	/* Only the region zvm.h promises, whatever the manifest says. */
	if ((uintptr_t)MANIFEST->shared_ptr != ZVM_SHARED_ADDR || size > ZVM_SHARED_MAX)
		return 0;
	return size & ~(uint64_t)(ALIGN - 1);
}

struct __zrt_shm *__zrt_shm(void)
{
	struct __zrt_shm *h = (struct __zrt_shm *)(uintptr_t)ZVM_SHARED_ADDR;
	uint64_t size = region_size();
	struct block *b;

	if (size < HEADER_SIZE + 2 * sizeof(struct block))
		return NULL;
	if (h->magic == ZRT_SHM_MAGIC && h->size == size && h->arena == HEADER_SIZE)
		return h;
	/* First use in the session: one free block after the header. */
	memset(h, 0, HEADER_SIZE);
	h->size = size;
	h->arena = HEADER_SIZE;
	b = (struct block *)((char *)h + HEADER_SIZE);
	b->size = size - HEADER_SIZE;
	b->used = 0;
	h->magic = ZRT_SHM_MAGIC;
	return h;
}

/* Whether b's size keeps it inside the region: the program can write
 * anything here, and a block that would leave the region ends the walk. */
static int valid(const struct __zrt_shm *h, const struct block *b)
{
	uint64_t at = (uint64_t)((const char *)b - (const char *)h);

	return b->size >= sizeof(struct block) && b->size % ALIGN == 0 && b->size <= h->size - at;
}

/* The block after b, or NULL at the end of the region. */
static struct block *next_block(const struct __zrt_shm *h, struct block *b)
{
	uint64_t at = (uint64_t)((char *)b - (char *)h) + b->size;

	return at + sizeof(struct block) <= h->size ? (struct block *)((char *)h + at) : NULL;
}

void *__zrt_shm_alloc(size_t size)
{
	struct __zrt_shm *h = __zrt_shm();
	struct block *b, *n;
	uint64_t need;

	if (h == NULL || size > h->size)
		return NULL;
	need = sizeof(struct block) + ((size + ALIGN - 1) & ~(uint64_t)(ALIGN - 1));
	for (b = (struct block *)((char *)h + h->arena); b != NULL && valid(h, b);
	     b = next_block(h, b)) {
		if (b->used)
			continue;
		/* Merge the free blocks that follow. */
		while ((n = next_block(h, b)) != NULL && !n->used && valid(h, n))
			b->size += n->size;
		if (b->size < need)
			continue;
		if (b->size - need >= 2 * sizeof(struct block)) {
			n = (struct block *)((char *)b + need);
			n->size = b->size - need;
			n->used = 0;
			b->size = need;
		}
		b->used = 1;
		memset(b + 1, 0, b->size - sizeof(struct block));
		return b + 1;
	}
	return NULL;
}

void __zrt_shm_free(void *p)
{
	if (p != NULL)
		((struct block *)p - 1)->used = 0;
}

int __zrt_shm_has(const void *p)
{
	uintptr_t a = (uintptr_t)p;

	return a >= ZVM_SHARED_ADDR && a - ZVM_SHARED_ADDR < region_size();
}
