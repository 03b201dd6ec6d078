/*
 * loc.c - small things the VFS does with locations: attributes with
 * st_dev, holding, mount points, the identity and time files get.
 */
#include <string.h>

#include "internal/clock.h"
#include "internal/nvram.h"
#include "internal/path.h"
#include "internal/proc.h"

int __zrt_getattr(const struct __zrt_loc *l, struct stat *st)
{
	int r = l->mnt->ops->getattr(l->mnt->fs, l->node, st);

	if (r == 0)
		st->st_dev = l->mnt->dev;
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
