/*
 * setattr.c - attribute changes shared by the path and descriptor calls,
 * with POSIX's rules on who may make them.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/resource.h"

static int apply(const struct __zrt_loc *l, const struct __zrt_setattr *sa)
{
	if (l->mnt->readonly)
		return -EROFS;
	if (l->mnt->ops->setattr == NULL)
		return -EROFS;
	return l->mnt->ops->setattr(l->mnt->fs, l->node, sa);
}

int __zrt_set_mode(const struct __zrt_loc *l, mode_t mode)
{
	struct __zrt_setattr sa = {0};
	struct stat st;
	int r = __zrt_getattr(l, &st);

	if (r < 0)
		return r;
	/* Only the owner changes the mode. */
	if (st.st_uid != __zrt_fs_uid())
		return -EPERM;
	sa.mask = ZRT_SET_MODE;
	sa.mode = mode & 07777;
	return apply(l, &sa);
}

int __zrt_set_owner(const struct __zrt_loc *l, uid_t uid, gid_t gid)
{
	struct __zrt_setattr sa = {0};
	struct stat st;
	int r = __zrt_getattr(l, &st);

	if (r < 0)
		return r;
	/* The owner may give a file away (no _POSIX_CHOWN_RESTRICTED), so
	 * tar-like programs running as uid 0 can restore owners. */
	if (st.st_uid != __zrt_fs_uid())
		return -EPERM;
	if (uid != (uid_t)-1) {
		sa.mask |= ZRT_SET_UID;
		sa.uid = uid;
	}
	if (gid != (gid_t)-1) {
		sa.mask |= ZRT_SET_GID;
		sa.gid = gid;
	}
	/* A new owner must not inherit set-ID powers (Linux clears them
	 * on regular files whenever the owner or group is set). */
	if (sa.mask != 0 && S_ISREG(st.st_mode) && (st.st_mode & (S_ISUID | S_ISGID))) {
		sa.mask |= ZRT_SET_MODE;
		sa.mode = st.st_mode & 07777 & ~(mode_t)(S_ISUID | S_ISGID);
	}
	return apply(l, &sa);
}

int __zrt_set_times(const struct __zrt_loc *l, const struct timespec *ts)
{
	struct __zrt_setattr sa = {0};
	struct timespec now = __zrt_fs_now();
	struct stat st;
	int i, r, explicit = 0;

	for (i = 0; ts != NULL && i < 2; i++) {
		if (ts[i].tv_nsec == UTIME_OMIT || ts[i].tv_nsec == UTIME_NOW)
			continue;
		if (ts[i].tv_nsec < 0 || ts[i].tv_nsec >= 1000000000)
			return -EINVAL;
		explicit = 1;
	}
	if (ts != NULL && ts[0].tv_nsec == UTIME_OMIT && ts[1].tv_nsec == UTIME_OMIT)
		return 0;
	r = __zrt_getattr(l, &st);
	if (r < 0)
		return r;
	/* Setting a chosen time needs ownership; setting "now" needs only
	 * write permission, as POSIX says. */
	if (st.st_uid != __zrt_fs_uid()) {
		if (explicit)
			return -EPERM;
		r = __zrt_permit_st(&st, W_OK);
		if (r < 0)
			return r;
	}
	for (i = 0; i < 2; i++) {
		struct timespec t = ts == NULL || ts[i].tv_nsec == UTIME_NOW ? now : ts[i];

		if (ts != NULL && ts[i].tv_nsec == UTIME_OMIT)
			continue;
		if (i == 0) {
			sa.mask |= ZRT_SET_ATIME;
			sa.atime = t;
		} else {
			sa.mask |= ZRT_SET_MTIME;
			sa.mtime = t;
		}
	}
	return apply(l, &sa);
}

int __zrt_truncate_loc(const struct __zrt_loc *l, int64_t size)
{
	struct stat st;
	int r;

	if (size < 0)
		return -EINVAL;
	r = __zrt_getattr(l, &st);
	if (r < 0)
		return r;
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	if (!S_ISREG(st.st_mode))
		return -EINVAL;
	if (l->mnt->readonly || l->mnt->ops->truncate == NULL)
		return -EROFS;
	r = __zrt_fsize_check(size);
	if (r < 0)
		return r;
	return l->mnt->ops->truncate(l->mnt->fs, l->node, size);
}
