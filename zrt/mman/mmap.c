/*
 * mmap.c - mmap(2) from the heap (see internal/mman.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "internal/fd.h"
#include "internal/mman.h"
#include "internal/syscall.h"
#include "internal/vfs.h"

/* Fill buf with the file's bytes from off; zeros past its end (where a
 * real mapping would raise SIGBUS). */
static int fill(struct __zrt_file *f, char *buf, size_t len, int64_t off)
{
	const struct __zrt_mnt *m = f->loc.mnt;
	size_t done = 0;

	while (done < len) {
		ssize_t r = m->ops->read(m->fs, f->loc.node, buf + done, len - done,
					 off + (int64_t)done);

		if (r < 0)
			return (int)r;
		if (r == 0)
			break;
		done += (size_t)r;
	}
	return 0;
}

static void *do_mmap(size_t len, int prot, int flags, int fd, off_t off, int *err)
{
	int type = flags & (MAP_SHARED | MAP_PRIVATE);
	struct __zrt_file *f = NULL;
	struct __zrt_map *m;
	size_t pages;
	void *block;
	int r;

	*err = 0;
	if (len == 0 || type == 0 || type == (MAP_SHARED | MAP_PRIVATE) ||
	    (flags & ~(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)) ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) || off % ZRT_MMAP_PAGE != 0 || off < 0) {
		*err = -EINVAL;
		return NULL;
	}
	/* The address space is not ours to arrange: memory can only come
	 * from the heap, wherever malloc finds it. */
	if (flags & MAP_FIXED) {
		*err = -ENOTSUP;
		return NULL;
	}
	if (len > SIZE_MAX - ZRT_MMAP_PAGE) {
		*err = -ENOMEM;
		return NULL;
	}
	pages = (len + ZRT_MMAP_PAGE - 1) / ZRT_MMAP_PAGE;
	if (!(flags & MAP_ANONYMOUS)) {
		f = __zrt_fd_get(fd);
		if (f == NULL) {
			*err = -EBADF;
			return NULL;
		}
		/* Pipes, directories and streams have no pages to copy. */
		if (f->loc.mnt == NULL || S_ISDIR(f->type) || !__zrt_file_seekable(f) ||
		    f->loc.mnt->ops->read == NULL) {
			*err = -ENODEV;
			return NULL;
		}
		if ((f->flags & O_ACCMODE) == O_WRONLY ||
		    (type == MAP_SHARED && (prot & PROT_WRITE) && (f->flags & O_ACCMODE) != O_RDWR)) {
			*err = -EACCES;
			return NULL;
		}
	}
	m = calloc(1, sizeof(*m));
	if (m != NULL)
		m->live = calloc((pages + 7) / 8, 1);
	if (m == NULL || m->live == NULL ||
	    posix_memalign(&block, ZRT_MMAP_PAGE, pages * ZRT_MMAP_PAGE) != 0) {
		if (m != NULL)
			free(m->live);
		free(m);
		*err = -ENOMEM;
		return NULL;
	}
	memset(block, 0, pages * ZRT_MMAP_PAGE);
	if (f != NULL) {
		r = fill(f, block, len, off);
		if (r < 0) {
			free(block);
			free(m->live);
			free(m);
			*err = r;
			return NULL;
		}
		/* Only a shared writable mapping of a writable file can
		 * change the file. */
		if (type == MAP_SHARED && (prot & PROT_WRITE)) {
			/* Written back at exit too, like pages the kernel
			 * flushes; registered with the first such mapping, so
			 * it runs before handlers registered at start-up (the
			 * saving of write-only images). */
			static int registered;

			if (!registered && atexit(__zrt_mmap_sync_all) == 0)
				registered = 1;
			m->shared = 1;
			m->loc = f->loc;
			m->off = off;
			__zrt_loc_hold(&m->loc);
		}
	}
	m->addr = block;
	m->pages = pages;
	memset(m->live, 0xff, pages / 8);
	if (pages % 8)
		m->live[pages / 8] = (unsigned char)((1u << (pages % 8)) - 1);
	m->nlive = pages;
	m->next = __zrt_maps;
	__zrt_maps = m;
	return block;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int err;
	void *p = do_mmap(len, prot, flags, fd, off, &err);

	if (p == NULL) {
		__zrt_ret(err);
		return MAP_FAILED;
	}
	return p;
}
