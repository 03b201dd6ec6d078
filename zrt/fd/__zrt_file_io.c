/*
 * __zrt_file_io.c - reading, writing and fstat through an open file
 * description: the one place that knows pipes from files, offsets from
 * streams and what O_APPEND does.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>

#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/resource.h"

int __zrt_file_seekable(const struct __zrt_file *f)
{
	const struct __zrt_mnt *m = f->loc.mnt;

	if (f->pipe != NULL || m == NULL)
		return 0;
	if (m->ops->seekable != NULL)
		return m->ops->seekable(m->fs, f->loc.node);
	return !S_ISFIFO(f->type) && !S_ISSOCK(f->type);
}

ssize_t __zrt_file_read(struct __zrt_file *f, void *buf, size_t size, int64_t off)
{
	const struct __zrt_mnt *m = f->loc.mnt;
	int64_t at;
	ssize_t r;

	/* Linux's order: a stream refuses an offset before the access
	 * mode is looked at. */
	if (off >= 0 && !__zrt_file_seekable(f))
		return -ESPIPE;
	if ((f->flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (size > SSIZE_MAX)
		size = SSIZE_MAX;
	if (f->pipe != NULL)
		return __zrt_pipe_read(f->pipe, buf, size, f->flags & O_NONBLOCK);
	if (S_ISDIR(f->type))
		return -EISDIR;
	if (m->ops->read == NULL)
		return -EINVAL;
	if (size == 0)
		return 0; /* no trap for nothing */
	if (buf == NULL)
		return -EFAULT;
	at = off >= 0 ? off : f->pos;
	r = m->ops->read(m->fs, f->loc.node, buf, size, at);
	if (r > 0 && off < 0)
		f->pos = at + r;
	return r;
}

ssize_t __zrt_file_write(struct __zrt_file *f, const void *buf, size_t size, int64_t off)
{
	const struct __zrt_mnt *m = f->loc.mnt;
	struct stat st;
	int64_t at;
	ssize_t r;

	if (off >= 0 && !__zrt_file_seekable(f))
		return -ESPIPE;
	if ((f->flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (size > SSIZE_MAX)
		size = SSIZE_MAX;
	if (f->pipe != NULL) {
		if (size > 0 && buf == NULL)
			return -EFAULT;
		return __zrt_pipe_write(f->pipe, buf, size, f->flags & O_NONBLOCK);
	}
	if (m->ops->write == NULL)
		return -EBADF;
	if (size == 0)
		return 0;
	if (buf == NULL)
		return -EFAULT;
	at = off >= 0 ? off : f->pos;
	/* O_APPEND moves to the end before every write(); pwrite() writes
	 * where it is told, as POSIX says (Linux appends there too). */
	if (off < 0 && (f->flags & O_APPEND) && S_ISREG(f->type)) {
		r = __zrt_getattr(&f->loc, &st);
		if (r < 0)
			return r;
		at = st.st_size;
	}
	if (S_ISREG(f->type)) {
		int64_t room;

		if ((uint64_t)size > (uint64_t)(INT64_MAX - at))
			return -EFBIG;
		room = __zrt_fsize_room(at);
		if (room < 0)
			return room;
		if ((uint64_t)size > (uint64_t)room)
			size = (size_t)room;
	}
	r = m->ops->write(m->fs, f->loc.node, buf, size, at);
	if (r > 0 && off < 0)
		f->pos = at + r;
	return r;
}

int __zrt_file_stat(const struct __zrt_file *f, struct stat *st)
{
	if (f->loc.mnt != NULL)
		return __zrt_getattr(&f->loc, st);
	/* An anonymous pipe: Linux's pipefs answers much the same. */
	memset(st, 0, sizeof(*st));
	st->st_mode = S_IFIFO | 0600;
	st->st_ino = (ino_t)__zrt_pipe_ino(f->pipe);
	st->st_nlink = 1;
	st->st_uid = __zrt_fs_uid();
	st->st_gid = __zrt_fs_gid();
	st->st_blksize = 4096;
	return 0;
}
