/*
 * __zrt_openat.c - the body of open() and openat().
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal/fd.h"

/* Note the path descriptor fd was opened by, and for a relative one the
 * directory it starts in, for a program exec starts (_execve.c), which
 * opens it again (__zrt_file_path()).  Returns fd. */
static int remember(int fd, int dirfd, const char *path)
{
	struct __zrt_file *f = fd >= 0 ? __zrt_fd_get(fd) : NULL;
	struct __zrt_loc from = {NULL, NULL};

	if (f == NULL || f->path != NULL)
		return fd;
	if (path[0] != '/' && __zrt_fd_dir(dirfd, &from) < 0)
		return fd;
	f->path = strdup(path);
	if (f->path != NULL && from.mnt != NULL) {
		f->from = from;
		__zrt_loc_hold(&f->from);
	}
	return fd;
}

/* Make regular file name in dir and open it. */
static int create(struct __zrt_loc *dir, const char *name, int flags, mode_t mode)
{
	struct __zrt_create c = {0};
	struct __zrt_loc l;
	struct stat st;
	int r;

	r = __zrt_can_modify(dir);
	if (r < 0)
		return r;
	r = __zrt_getattr(dir, &st);
	if (r < 0)
		return r;
	if (dir->mnt->ops->create == NULL)
		return -EROFS;
	c.mode = S_IFREG | (mode & 07777 & ~__zrt_vfs.umask);
	c.uid = __zrt_fs_uid();
	c.gid = (st.st_mode & S_ISGID) ? st.st_gid : __zrt_fs_gid();
	r = dir->mnt->ops->create(dir->mnt->fs, dir->node, name, &c, &l.node);
	if (r < 0)
		return r;
	l.mnt = dir->mnt;
	/* The creator may use the file as it asked, whatever mode it gave
	 * it: open(path, O_CREAT | O_WRONLY, 0444) writes. */
	return __zrt_open_loc(&l, flags & ~O_TRUNC);
}

int __zrt_openat(int dirfd, const char *path, int flags, mode_t mode)
{
	int acc = flags & O_ACCMODE, need = 0, slash = 0, r;
	char name[NAME_MAX + 1];
	struct __zrt_loc dir, l;
	struct stat st;

	if (acc != O_RDONLY && acc != O_WRONLY && acc != O_RDWR)
		return -EINVAL;
	if (flags & O_CREAT) {
		r = __zrt_resolve_create(dirfd, path, flags & (O_EXCL | O_NOFOLLOW), &dir, name,
					 &slash, &l);
		if (r < 0)
			return r;
		if (l.mnt == NULL)
			return slash ? -EISDIR
				     : remember(create(&dir, name, flags, mode), dirfd, path);
		if (flags & O_EXCL)
			return -EEXIST;
	} else {
		r = __zrt_resolve(dirfd, path, (flags & O_NOFOLLOW) ? 0 : ZRT_FOLLOW, &l);
		if (r < 0)
			return r;
	}
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	if (S_ISLNK(st.st_mode))
		return -ELOOP; /* O_NOFOLLOW met a link */
	if (S_ISDIR(st.st_mode)) {
		if (acc != O_RDONLY || (flags & O_CREAT))
			return -EISDIR;
	} else if ((flags & O_DIRECTORY) || slash) {
		return -ENOTDIR;
	}
	if (acc != O_WRONLY)
		need |= R_OK;
	if (acc != O_RDONLY)
		need |= W_OK;
	r = __zrt_permit(&l, need);
	if (r < 0)
		return r;
	return remember(__zrt_open_loc(&l, flags), dirfd, path);
}
