/*
 * getgrnam_r.c - getgrnam_r(3).
 */
#include <grp.h>
#include <stddef.h>
#include <string.h>

#include "internal/passwd.h"

int getgrnam_r(const char *name, struct group *grp, char *buf, size_t size, struct group **result)
{
	int r;

	*result = NULL;
	if (name == NULL || strcmp(name, __zrt_group_root.gr_name) != 0)
		return 0;
	if ((r = __zrt_group_copy(&__zrt_group_root, grp, buf, size)) != 0)
		return r;
	*result = grp;
	return 0;
}
