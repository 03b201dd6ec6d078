/*
 * __zrt_open_loc.c - make an open file description for a file and give
 * it a descriptor: the part of open() after the path is resolved.
 */
#include <errno.h>
#include <fcntl.h>

#include "internal/devfs.h"
#include "internal/fd.h"
#include "internal/pipe.h"

/* Flags that only matter while opening; the rest stay in the
 * description for F_GETFL. */
#define OPEN_ONLY (O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC | O_DIRECTORY | O_NOFOLLOW)

/* POSIX: opening a FIFO for reading waits for a writer, for writing
 * waits for a reader, unless O_NONBLOCK (reading then succeeds, writing
 * fails with ENXIO).  The nexe is the only process and has one thread,
 * so nothing could come to open the other end while it waits; a FIFO
 * from a host directory stands for one whose other end stays outside.
 * So no open waits.  A reader goes on as if a writer had come and gone
 * without writing, one of the outcomes POSIX allows: reads find no
 * writer and return end of file (sed -i on a FIFO gets as far as seeing
 * it is one).  A writer's only outcomes would be waiting forever or
 * SIGPIPE at its first write: its open fails with EDEADLK instead, as a
 * blocking read of an empty pipe does.  O_RDWR never waits (Linux). */
static int fifo_check(struct __zrt_pipe *p, int acc, int flags)
{
	if (acc == O_WRONLY && !__zrt_pipe_readers(p))
		return flags & O_NONBLOCK ? -ENXIO : -EDEADLK;
	return 0;
}

int __zrt_open_loc(const struct __zrt_loc *l, int flags)
{
	int acc = flags & O_ACCMODE;
	struct __zrt_pipe *p = NULL;
	struct __zrt_file *f;
	struct stat st;
	int r;

	r = __zrt_getattr(l, &st);
	if (r < 0)
		return r;
	if (l->mnt->ops->open != NULL) {
		r = l->mnt->ops->open(l->mnt->fs, l->node, flags);
		if (r < 0)
			return r;
	}
	/* O_TRUNC with O_RDONLY is unspecified; like most systems, only a
	 * descriptor that may write truncates. */
	if ((flags & O_TRUNC) && S_ISREG(st.st_mode) && acc != O_RDONLY && st.st_size != 0) {
		if (l->mnt->ops->truncate == NULL)
			return -EROFS;
		r = l->mnt->ops->truncate(l->mnt->fs, l->node, 0);
		if (r < 0)
			return r;
	}
	/* A FIFO of our own file systems is an in-memory pipe.  A channel
	 * that [mapping] reports as a FIFO stays a channel: the mapping
	 * changes its type, not how it behaves (devfs.c). */
	if (S_ISFIFO(st.st_mode) && l->mnt->ops != &__zrt_devfs_ops) {
		p = __zrt_pipe_fifo(l);
		if (p == NULL)
			return -ENOMEM;
		r = fifo_check(p, acc, flags);
		if (r < 0) {
			__zrt_pipe_close(p, 0, 0);
			return r;
		}
	}
	f = __zrt_file_new(flags & ~OPEN_ONLY);
	if (f == NULL) {
		if (p != NULL)
			__zrt_pipe_close(p, 0, 0);
		return -ENOMEM;
	}
	f->loc = *l;
	f->type = st.st_mode & S_IFMT;
	__zrt_loc_hold(l);
	if (p != NULL) {
		f->pipe = p;
		__zrt_pipe_open(p, acc != O_WRONLY, acc != O_RDONLY);
	}
	return __zrt_fd_install(f, 0, flags & O_CLOEXEC);
}
