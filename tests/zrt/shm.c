/*
 * shm.c - ZRT's allocator for the shared region (zrt/internal/shm.h),
 * called directly: its header set up on first use, blocks aligned, zeroed
 * and inside the region, the region's size the bound, freed neighbours
 * merged, and a block header the program overwrote with nonsense never
 * leading an allocation outside the region; and pipe() still working,
 * within the process, once the region is full.
 */
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <zvm.h>

#include "../../zrt/internal/shm.h"
#include "tap/basic.h"

#define MIB (1024 * 1024)

static int inside(const void *p, size_t size)
{
	uintptr_t a = (uintptr_t)p;

	return a >= ZVM_SHARED_ADDR && a + size <= ZVM_SHARED_ADDR + MANIFEST->shared_size;
}

int main(void)
{
	static void *blocks[ZVM_SHARED_MAX / MIB];
	struct __zrt_shm *h;
	size_t n = 0, i, bad = 0;
	unsigned char *p, *q;
	char buf[8];
	int fds[2];
	uint64_t saved;

	if (MANIFEST->shared_size == 0)
		skip_all("this zerovm has no shared region");
	plan(17);
	is_int(32 * MIB, MANIFEST->shared_size, "the region is Memory's size (32 MiB)");
	h = __zrt_shm();
	ok(h == (void *)(uintptr_t)ZVM_SHARED_ADDR, "the header is at the region's start");
	ok(h->magic == ZRT_SHM_MAGIC && h->size == MANIFEST->shared_size, "... set up");

	p = __zrt_shm_alloc(100);
	ok(p != NULL && inside(p, 100), "a block inside the region");
	is_int(0, (uintptr_t)p % 16, "... 16-byte aligned");
	for (i = 0; i < 100; i++)
		bad += p[i] != 0;
	is_int(0, bad, "... zeroed");
	ok(__zrt_shm_has(p) && !__zrt_shm_has(&n),
	   "__zrt_shm_has tells the region's from the rest");
	memset(p, 0xff, 100);
	__zrt_shm_free(p);
	p = __zrt_shm_alloc(100);
	is_int(0, p[0] | p[99], "a block given back comes back zeroed");
	__zrt_shm_free(p);

	while (n < sizeof(blocks) / sizeof(blocks[0]) && (blocks[n] = __zrt_shm_alloc(MIB)) != NULL)
		n++;
	is_int(31, n, "1 MiB blocks until the region is full: 31 (headers take the rest)");
	for (i = 0; i < n; i++)
		bad += !inside(blocks[i], MIB);
	is_int(0, bad, "... every one inside it");
	ok(__zrt_shm_alloc(MIB) == NULL, "... then NULL");
	for (i = 0; i < n; i++)
		__zrt_shm_free(blocks[i]);
	p = __zrt_shm_alloc(32 * MIB - 4096);
	ok(p != NULL && inside(p, 32 * MIB - 4096), "given back, they merge into one block");
	__zrt_shm_free(p);
	ok(__zrt_shm_alloc(32 * MIB) == NULL, "the whole region does not fit beside the header");
	ok(__zrt_shm_alloc(SIZE_MAX) == NULL, "nor SIZE_MAX bytes");

	/* The region is the program's memory: a wild write into a block's
	 * header must not send the allocator outside it. */
	q = __zrt_shm_alloc(64);
	saved = ((uint64_t *)q)[-2];
	((uint64_t *)q)[-1] = 0; /* free */
	((uint64_t *)q)[-2] = (uint64_t)1 << 40;
	p = __zrt_shm_alloc(MIB);
	ok(p == NULL || inside(p, MIB), "a block header overwritten: nothing outside the region");
	((uint64_t *)q)[-2] = saved;
	((uint64_t *)q)[-1] = 1;
	__zrt_shm_free(q);

	/* Full to the last byte, pipes stay within the process. */
	while (__zrt_shm_alloc(4096) != NULL)
		;
	while (__zrt_shm_alloc(1) != NULL)
		;
	ok(pipe(fds) == 0 && write(fds[1], "full", 4) == 4, "a full region: pipe() works");
	ok(read(fds[0], buf, sizeof(buf)) == 4 && memcmp(buf, "full", 4) == 0,
	   "... within the process");
	close(fds[0]);
	close(fds[1]);
	return 0;
}
