/*
 * pathconf.c - pathconf(3): the limits of the file a path names.
 */
#include <fcntl.h>
#include <unistd.h>

#include "internal/conf.h"
#include "internal/syscall.h"

static int do_pathconf(const char *path, int name, long *value)
{
	struct __zrt_loc l;
	int r;

	r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	return __zrt_pathconf(l.mnt, name, value);
}

long pathconf(const char *path, int name)
{
	long value;
	int r = do_pathconf(path, name, &value);

	/* A value of -1 (no limit) leaves errno alone. */
	return r < 0 ? __zrt_ret(r) : value;
}
