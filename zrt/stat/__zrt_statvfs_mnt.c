/*
 * __zrt_statvfs_mnt.c - statvfs of a mount: the file system's numbers,
 * with the mount's id and read-only flag.
 */
#include <string.h>
#include <sys/statvfs.h>

#include "internal/path.h"

int __zrt_statvfs_mnt(const struct __zrt_mnt *m, struct statvfs *sv)
{
	int r = 0;

	memset(sv, 0, sizeof(*sv));
	if (m->ops->statvfs != NULL)
		r = m->ops->statvfs(m->fs, sv);
	if (r < 0)
		return r;
	if (sv->f_namemax == 0)
		sv->f_namemax = NAME_MAX;
	sv->f_fsid = (unsigned long)m->dev;
	if (m->readonly)
		sv->f_flag |= ST_RDONLY;
	return 0;
}
