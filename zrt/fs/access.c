/*
 * access.c - the permission checks every call shares.
 *
 * ZRT checks permission bits the way the kernel does for an ordinary
 * user: the owner's bits if the file's uid is the process's, else the
 * group's if the gid is, else the others'.  The process's ids are 0
 * (proc.h), but there is no superuser override: a program that removes
 * its own write permission is refused, which is what tests of EACCES
 * paths and portable programs expect, and it cannot differ between
 * runs.  doc/zrt.md says the same for users.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/path.h"

int __zrt_permit_st(const struct stat *st, int amode)
{
	unsigned bits, need = 0;

	if (st->st_uid == __zrt_fs_uid())
		bits = (st->st_mode >> 6) & 7;
	else if (st->st_gid == __zrt_fs_gid())
		bits = (st->st_mode >> 3) & 7;
	else
		bits = st->st_mode & 7;
	if (amode & R_OK)
		need |= 4;
	if (amode & W_OK)
		need |= 2;
	if (amode & X_OK)
		need |= 1;
	return (bits & need) == need ? 0 : -EACCES;
}

int __zrt_permit(const struct __zrt_loc *l, int amode)
{
	struct stat st;
	int r = __zrt_getattr(l, &st);

	if (r < 0)
		return r;
	/* Devices and FIFOs stay writable on a read-only mount, as on
	 * Linux: writing them changes nothing stored there. */
	if ((amode & W_OK) && l->mnt->readonly && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
		return -EROFS;
	return __zrt_permit_st(&st, amode);
}

int __zrt_can_search(const struct __zrt_loc *dir)
{
	struct stat st;
	int r = __zrt_getattr(dir, &st);

	if (r < 0)
		return r;
	if (!S_ISDIR(st.st_mode))
		return -ENOTDIR;
	return __zrt_permit_st(&st, X_OK);
}

int __zrt_can_modify(const struct __zrt_loc *dir)
{
	if (dir->mnt->readonly)
		return -EROFS;
	return __zrt_permit(dir, W_OK | X_OK);
}

int __zrt_sticky_ok(const struct __zrt_loc *dir, const struct __zrt_loc *victim)
{
	struct stat ds, vs;
	int r = __zrt_getattr(dir, &ds);

	if (r < 0)
		return r;
	if (!(ds.st_mode & S_ISVTX))
		return 0;
	r = __zrt_getattr(victim, &vs);
	if (r < 0)
		return r;
	if (vs.st_uid != __zrt_fs_uid() && ds.st_uid != __zrt_fs_uid())
		return -EPERM;
	return 0;
}
