/*
 * lseek.c - lseek(2).
 */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

static off_t do_lseek(int fd, off_t offset, int whence)
{
	struct __zrt_file *f = __zrt_fd_get(fd);
	struct stat st;
	int64_t base;
	int r;

	if (f == NULL)
		return -EBADF;
	/* Pipes and sequential channels are streams: stdio tries a seek
	 * before fflush/ftell and must see ESPIPE. */
	if (!__zrt_file_seekable(f))
		return -ESPIPE;
	switch (whence) {
	case SEEK_SET:
		base = 0;
		break;
	case SEEK_CUR:
		base = f->pos;
		break;
	case SEEK_END:
		/* A directory's offset is a cookie, not a byte count. */
		if (S_ISDIR(f->type))
			return -EINVAL;
		r = __zrt_file_stat(f, &st);
		if (r < 0)
			return r;
		base = st.st_size;
		break;
	default:
		return -EINVAL;
	}
	if (offset > 0 && base > INT64_MAX - offset)
		return -EOVERFLOW;
	if (base + offset < 0)
		return -EINVAL;
	f->pos = base + offset;
	return (off_t)f->pos;
}

off_t lseek(int fd, off_t offset, int whence)
{
	return (off_t)__zrt_ret(do_lseek(fd, offset, whence));
}
