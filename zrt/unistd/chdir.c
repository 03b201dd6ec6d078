/*
 * chdir.c - chdir(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_chdir(const char *path)
{
	struct __zrt_loc l;
	int r;

	r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	r = __zrt_can_search(&l);
	if (r < 0)
		return r;
	/* Hold the new one before letting the old one go: they may be
	 * the same directory. */
	__zrt_loc_hold(&l);
	__zrt_loc_release(&__zrt_vfs.cwd);
	__zrt_vfs.cwd = l;
	return 0;
}

int chdir(const char *path)
{
	return (int)__zrt_ret(do_chdir(path));
}
