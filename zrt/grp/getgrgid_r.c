/*
 * getgrgid_r.c - getgrgid_r(3).
 */
#include <grp.h>
#include <stddef.h>
#include <sys/types.h>

#include "internal/passwd.h"

int getgrgid_r(gid_t gid, struct group *grp, char *buf, size_t size, struct group **result)
{
	int r;

	*result = NULL;
	if (gid != __zrt_group_root.gr_gid)
		return 0;
	if ((r = __zrt_group_copy(&__zrt_group_root, grp, buf, size)) != 0)
		return r;
	*result = grp;
	return 0;
}
