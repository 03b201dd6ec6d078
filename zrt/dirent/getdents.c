/*
 * getdents.c - the directory reader behind newlib's readdir().
 *
 * Records have the layout of <sys/dirent.h>'s struct dirent, cut after
 * the name's NUL and padded to 8 bytes, as Linux's getdents64 does;
 * d_off is the cookie to lseek() to for the entry after this one.
 */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "internal/fd.h"
#include "internal/syscall.h"

/* newlib's libc/posix/readdir.c declares it so. */
int getdents(int fd, void *buf, int nbytes);

static int do_getdents(int fd, void *buf, int nbytes)
{
	struct __zrt_file *f = __zrt_fd_get(fd);
	const struct __zrt_mnt *m;
	struct __zrt_vfs_dirent de;
	char *out = buf;
	size_t done = 0;

	if (f == NULL)
		return -EBADF;
	if (f->loc.mnt == NULL || !S_ISDIR(f->type))
		return -ENOTDIR;
	if (nbytes < 0)
		return -EINVAL;
	m = f->loc.mnt;
	if (m->ops->readdir == NULL)
		return 0;
	for (;;) {
		uint64_t pos = (uint64_t)f->pos;
		struct dirent *d;
		size_t namelen, reclen;
		int r = m->ops->readdir(m->fs, f->loc.node, &pos, &de);

		if (r < 0)
			return done > 0 ? (int)done : r;
		if (r == 0)
			break;
		namelen = strnlen(de.name, NAME_MAX);
		reclen = (offsetof(struct dirent, d_name) + namelen + 1 + 7) & ~(size_t)7;
		if (done + reclen > (size_t)nbytes) {
			/* The entry waits for the next call; a buffer too small
			 * for even one is the caller's error. */
			if (done == 0)
				return -EINVAL;
			break;
		}
		d = (struct dirent *)(out + done);
		d->d_ino = (ino_t)de.ino;
		d->d_off = (off_t)pos;
		d->d_reclen = (unsigned short)reclen;
		d->d_type = de.type;
		memcpy(d->d_name, de.name, namelen);
		memset(d->d_name + namelen, 0, reclen - offsetof(struct dirent, d_name) - namelen);
		done += reclen;
		f->pos = (int64_t)pos;
	}
	return (int)done;
}

int getdents(int fd, void *buf, int nbytes)
{
	return (int)__zrt_ret(do_getdents(fd, buf, nbytes));
}
