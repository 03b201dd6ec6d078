/*
 * __zrt_maps.c - the list of mappings, and writing shared ones back.
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/mman.h"
#include "internal/vfs.h"

struct __zrt_map *__zrt_maps;

int __zrt_map_sync(struct __zrt_map *m, const char *from, size_t len)
{
	const struct __zrt_mnt *mnt = m->loc.mnt;
	const char *end = from + len;
	struct stat st;
	size_t i;
	int r;

	if (!m->shared)
		return 0;
	r = __zrt_getattr(&m->loc, &st);
	if (r < 0)
		return r;
	/* Page by page, only mapped pages, and never past the end of the
	 * file: a mapping does not make its file grow. */
	for (i = 0; i < m->pages; i++) {
		const char *p = m->addr + i * ZRT_MMAP_PAGE;
		int64_t at = m->off + (int64_t)(i * ZRT_MMAP_PAGE);
		size_t n = ZRT_MMAP_PAGE;
		ssize_t w;

		if (!ZRT_MAP_LIVE(m, i) || p + ZRT_MMAP_PAGE <= from || p >= end)
			continue;
		if (at >= st.st_size)
			break;
		if ((int64_t)n > st.st_size - at)
			n = (size_t)(st.st_size - at);
		w = mnt->ops->write(mnt->fs, m->loc.node, p, n, at);
		if (w < 0)
			return (int)w;
	}
	return 0;
}

void __zrt_mmap_sync_all(void)
{
	struct __zrt_map *m;

	for (m = __zrt_maps; m != NULL; m = m->next)
		__zrt_map_sync(m, m->addr, m->pages * ZRT_MMAP_PAGE);
}
