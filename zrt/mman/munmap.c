/*
 * munmap.c - munmap(2): pages go back one by one; a mapping's heap block
 * is freed when none of its pages is left.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "internal/mman.h"
#include "internal/syscall.h"

static int do_munmap(void *addr, size_t len)
{
	char *start = addr, *end;
	struct __zrt_map **pp = &__zrt_maps, *m;

	if ((uintptr_t)addr % ZRT_MMAP_PAGE != 0 || len == 0 || len > UINTPTR_MAX - (uintptr_t)addr)
		return -EINVAL;
	end = start + len;
	while ((m = *pp) != NULL) {
		char *mend = m->addr + m->pages * ZRT_MMAP_PAGE;
		size_t i;

		if (end <= m->addr || start >= mend) {
			pp = &m->next;
			continue;
		}
		__zrt_map_sync(m, start, len);
		for (i = 0; i < m->pages; i++) {
			char *p = m->addr + i * ZRT_MMAP_PAGE;

			if (p >= start && p < end && ZRT_MAP_LIVE(m, i)) {
				m->live[i / 8] &= (unsigned char)~(1u << (i % 8));
				m->nlive--;
			}
		}
		if (m->nlive > 0) {
			pp = &m->next;
			continue;
		}
		*pp = m->next;
		if (m->shared)
			__zrt_loc_release(&m->loc);
		free(m->addr);
		free(m->live);
		free(m);
	}
	/* Unmapping what is not mapped is not an error (POSIX). */
	return 0;
}

int munmap(void *addr, size_t len)
{
	return (int)__zrt_ret(do_munmap(addr, len));
}
