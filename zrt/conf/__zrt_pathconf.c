/*
 * __zrt_pathconf.c - the limits pathconf(3) and fpathconf(3) report:
 * the same for every file system but the name length, which each one
 * states in its statvfs.
 */
#include <errno.h>
#include <limits.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "internal/conf.h"
#include "internal/memfs.h"

int __zrt_pathconf(const struct __zrt_mnt *m, int name, long *value)
{
	struct statvfs sv;

	switch (name) {
	case _PC_LINK_MAX:
		*value = ZRT_MEMFS_LINK_MAX;
		return 0;
	case _PC_MAX_CANON:
		*value = MAX_CANON;
		return 0;
	case _PC_MAX_INPUT:
		*value = MAX_INPUT;
		return 0;
	case _PC_NAME_MAX:
		*value = NAME_MAX;
		if (m != NULL && __zrt_statvfs_mnt(m, &sv) == 0)
			*value = (long)sv.f_namemax;
		return 0;
	case _PC_PATH_MAX:
		*value = PATH_MAX;
		return 0;
	case _PC_PIPE_BUF:
		*value = PIPE_BUF;
		return 0;
	case _PC_CHOWN_RESTRICTED:
	case _PC_NO_TRUNC:
	case _PC_2_SYMLINKS:
		*value = 1;
		return 0;
	case _PC_VDISABLE:
		*value = 0; /* NUL disables a terminal character */
		return 0;
	case _PC_FILESIZEBITS:
		*value = 64;
		return 0;
	case _PC_TIMESTAMP_RESOLUTION:
		*value = 1000; /* nanoseconds: the clock advances by 1 us */
		return 0;
	case _PC_ASYNC_IO:
	case _PC_PRIO_IO:
	case _PC_SYNC_IO:
	case _PC_SYMLINK_MAX:
	case _PC_ALLOC_SIZE_MIN:
	case _PC_REC_INCR_XFER_SIZE:
	case _PC_REC_MAX_XFER_SIZE:
	case _PC_REC_MIN_XFER_SIZE:
	case _PC_REC_XFER_ALIGN:
		/* No such option, or no limit but PATH_MAX and the memory. */
		*value = -1;
		return 0;
	default:
		return -EINVAL;
	}
}
