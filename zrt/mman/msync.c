/*
 * msync.c - msync(2): write shared file mappings back.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include "internal/mman.h"
#include "internal/syscall.h"

/* Whether every page of [start, end) is mapped. */
static int mapped(const char *start, const char *end)
{
	const char *p;

	for (p = start; p < end; p += ZRT_MMAP_PAGE) {
		const struct __zrt_map *m;
		int found = 0;

		for (m = __zrt_maps; m != NULL && !found; m = m->next) {
			size_t i;

			if (p < m->addr || p >= m->addr + m->pages * ZRT_MMAP_PAGE)
				continue;
			i = (size_t)(p - m->addr) / ZRT_MMAP_PAGE;
			found = ZRT_MAP_LIVE(m, i);
		}
		if (!found)
			return 0;
	}
	return 1;
}

static int do_msync(void *addr, size_t len, int flags)
{
	const char *start = addr;
	struct __zrt_map *m;
	int r;

	if ((uintptr_t)addr % ZRT_MMAP_PAGE != 0 || (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) ||
	    ((flags & MS_ASYNC) && (flags & MS_SYNC)) || len > UINTPTR_MAX - (uintptr_t)addr)
		return -EINVAL;
	len = (len + ZRT_MMAP_PAGE - 1) / ZRT_MMAP_PAGE * ZRT_MMAP_PAGE;
	if (!mapped(start, start + len))
		return -ENOMEM;
	/* MS_ASYNC too writes at once: it costs nothing to be early. */
	for (m = __zrt_maps; m != NULL; m = m->next) {
		r = __zrt_map_sync(m, start, len);
		if (r < 0)
			return r;
	}
	return 0;
}

int msync(void *addr, size_t len, int flags)
{
	return (int)__zrt_ret(do_msync(addr, len, flags));
}
