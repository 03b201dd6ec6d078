/*
 * realpath.c - realpath(3): the absolute path without ".", ".." or
 * symbolic links, of a file that exists.
 *
 * The path is resolved once, and the name comes from the tree itself
 * (the directory's path plus the last name), not from rewriting the
 * string, so it is right after any rename and across mounts.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal/path.h"
#include "internal/syscall.h"

/* errno from -err, and the NULL that tells the caller. */
static char *fail(int err)
{
	__zrt_ret(err);
	return NULL;
}

static int do_realpath(const char *path, char *out)
{
	char name[NAME_MAX + 1];
	struct __zrt_loc dir, l;
	struct stat st;
	size_t len;
	int slash, r;

	if (path == NULL)
		return -EINVAL;
	r = __zrt_resolve_create(AT_FDCWD, path, 0, &dir, name, &slash, &l);
	if (r < 0)
		return r;
	if (l.mnt == NULL)
		return -ENOENT;
	r = __zrt_getattr(&l, &st);
	if (r < 0)
		return r;
	if (slash && !S_ISDIR(st.st_mode))
		return -ENOTDIR;
	/* A directory names itself (this handles ".", ".." and mount
	 * points); anything else is its directory's path plus its name. */
	r = __zrt_dir_path(S_ISDIR(st.st_mode) ? &l : &dir, out, PATH_MAX);
	if (r < 0 || S_ISDIR(st.st_mode))
		return r == -ERANGE ? -ENAMETOOLONG : r;
	len = strlen(out);
	if (len > 1)
		out[len++] = '/';
	if (len + strlen(name) + 1 > PATH_MAX)
		return -ENAMETOOLONG;
	strcpy(out + len, name);
	return 0;
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	char buf[PATH_MAX];
	int r = do_realpath(path, buf);

	if (r < 0)
		return fail(r);
	if (resolved == NULL) {
		resolved = strdup(buf);
		if (resolved == NULL)
			return fail(-ENOMEM);
		return resolved;
	}
	return strcpy(resolved, buf);
}
