/*
 * shm.h - the shared region: memory every process of the session sees.
 *
 * zerovm maps [MANIFEST->shared_ptr, +shared_size) at the same address in
 * every process (zvm.h, "Processes"); under an older zerovm shared_size is
 * 0 and there is none.  A header at its start, written by the first
 * process that needs the region (they run one at a time, so nothing is
 * locked), holds what ZRT keeps there besides the allocator's blocks.
 * Only zrt/process/__zrt_shm.c knows the blocks' layout.
 */
#ifndef ZRT_INTERNAL_SHM_H
#define ZRT_INTERNAL_SHM_H

#include <stddef.h>
#include <stdint.h>

struct __zrt_pipe;

struct __zrt_shm {
	uint64_t magic;		   /* ZRT_SHM_MAGIC once set up */
	uint64_t size;		   /* bytes of the region, header included */
	uint64_t arena;		   /* offset of the first block */
	unsigned long pipe_serial; /* the last pipe's st_ino, session-wide */
	struct __zrt_pipe *pipes;  /* every pipe kept in the region */
	int32_t runner;		   /* the process that last went on after a switch */
};

#define ZRT_SHM_MAGIC 0x6d68732d74727aULL /* "zrt-shm" */

/* The region's header, set up on first use, or NULL without a region. */
struct __zrt_shm *__zrt_shm(void);

/* size bytes of the region, 16-byte aligned and zeroed, or NULL when the
 * region is full or missing. */
void *__zrt_shm_alloc(size_t size);

/* Give back a block of __zrt_shm_alloc (NULL does nothing). */
void __zrt_shm_free(void *p);

/* Whether p lies in the region. */
int __zrt_shm_has(const void *p);

#endif
