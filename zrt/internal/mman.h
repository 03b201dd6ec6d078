/*
 * mman.h - ZRT's memory mappings: blocks of the heap standing in for
 * pages the kernel would map.
 *
 * A nexe cannot ask for pages (its memory map is fixed), so mmap()
 * allocates page-aligned heap memory: zeros for anonymous mappings, a
 * copy of the file for file mappings.  A MAP_SHARED mapping of a file
 * opened for writing remembers the file and writes its pages back at
 * msync(), munmap() and exit.  Protection is not enforced.  Only
 * zrt/mman/ knows the layout.
 */
#ifndef ZRT_INTERNAL_MMAN_H
#define ZRT_INTERNAL_MMAN_H

#include <stddef.h>
#include <stdint.h>

#include "internal/path.h"

/* sysconf(_SC_PAGESIZE): mappings are aligned to it. */
#define ZRT_MMAP_PAGE 4096

struct __zrt_map {
	struct __zrt_map *next;
	char *addr;           /* page-aligned start (the heap block) */
	size_t pages;
	unsigned char *live;  /* one bit per page still mapped */
	size_t nlive;
	int shared;           /* write back to loc at sync */
	struct __zrt_loc loc; /* the file, held, when shared */
	int64_t off;          /* file offset of addr */
};

/* Every mapping, newest first. */
extern struct __zrt_map *__zrt_maps;

/* Write back the mapped pages of m that lie in [from, from + len). */
int __zrt_map_sync(struct __zrt_map *m, const char *from, size_t len);

/* Whether page i of m is mapped. */
#define ZRT_MAP_LIVE(m, i) (((m)->live[(i) / 8] >> ((i) % 8)) & 1)

#endif
