/*
 * loc.c - small things the VFS does with locations: attributes with
 * st_dev, holding, mount points, the identity and time files get.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "internal/clock.h"
#include "internal/devfs.h"
#include "internal/nvram.h"
#include "internal/path.h"
#include "internal/proc.h"

/* A channel that nvram's [mapping] file= names as a file the program
 * also sees (stdout redirected to a file in a mounted image) takes that
 * file's device and inode numbers, so that a program can tell its output
 * is one of its inputs, as grep and cat do.  Only a regular file lends
 * them, and only one step: a file= naming another such channel gets
 * that channel's own numbers. */
static void same_file(const struct __zrt_loc *l, struct stat *st)
{
	static int inside;
	const char *path;
	struct __zrt_loc t;
	struct stat o;

	if (inside || l->mnt->ops != &__zrt_devfs_ops)
		return;
	path = __zrt_devfs_file(l->mnt->fs, l->node);
	if (path == NULL)
		return;
	inside = 1;
	if (__zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &t) == 0 && __zrt_getattr(&t, &o) == 0 &&
	    S_ISREG(o.st_mode)) {
		st->st_dev = o.st_dev;
		st->st_ino = o.st_ino;
	}
	inside = 0;
}

int __zrt_getattr(const struct __zrt_loc *l, struct stat *st)
{
	int r = l->mnt->ops->getattr(l->mnt->fs, l->node, st);

	if (r == 0) {
		st->st_dev = l->mnt->dev;
		same_file(l, st);
	}
	return r;
}

void __zrt_loc_hold(const struct __zrt_loc *l)
{
	l->mnt->ops->hold(l->mnt->fs, l->node);
}

void __zrt_loc_release(const struct __zrt_loc *l)
{
	l->mnt->ops->release(l->mnt->fs, l->node);
}

int __zrt_is_mountpoint(const struct __zrt_loc *l)
{
	int i;

	for (i = 0; i < __zrt_vfs.nmounts; i++) {
		const struct __zrt_mnt *m = &__zrt_vfs.mounts[i];

		if ((m == l->mnt && m->root == l->node) ||
		    (m->covered_mnt == l->mnt && m->covered == l->node))
			return 1;
	}
	return 0;
}

uid_t __zrt_fs_uid(void)
{
	return ZRT_UID;
}

gid_t __zrt_fs_gid(void)
{
	return ZRT_GID;
}

struct timespec __zrt_fs_now(void)
{
	struct timespec ts;
	int64_t us;

	if (__zrt_vfs.booting) {
		/* The clock's start, from nvram's [time] or the epoch. */
		us = (__zrt_nvram.has_time ? __zrt_nvram.seconds : ZRT_EPOCH) * 1000000;
	} else {
		us = __zrt_clock_us();
	}
	ts.tv_sec = (time_t)(us / 1000000);
	ts.tv_nsec = (long)(us % 1000000) * 1000;
	return ts;
}

int __zrt_is_dot(const char *name)
{
	return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}
