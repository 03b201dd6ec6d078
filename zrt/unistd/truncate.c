/*
 * truncate.c - truncate(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_truncate(const char *path, off_t length)
{
	struct __zrt_loc l;
	struct stat st;
	int r;

	if (length < 0)
		return -EINVAL;
	r = __zrt_resolve(AT_FDCWD, path, ZRT_FOLLOW, &l);
	if (r < 0)
		return r;
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	r = __zrt_permit(&l, W_OK);
	if (r < 0)
		return r;
	return __zrt_truncate_loc(&l, length);
}

int truncate(const char *path, off_t length)
{
	return (int)__zrt_ret(do_truncate(path, length));
}
