/*
 * getcwd.c - getcwd(3), with glibc's extension: a NULL buffer is
 * allocated (of size bytes, or as long as needed when size is 0).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal/path.h"
#include "internal/syscall.h"

/* errno from -err, and the NULL that tells the caller. */
static char *fail(int err)
{
	__zrt_ret(err);
	return NULL;
}

char *getcwd(char *buf, size_t size)
{
	char path[PATH_MAX];
	size_t len;
	int r;

	__zrt_vfs_init();
	if (buf != NULL && size == 0)
		return fail(-EINVAL);
	r = __zrt_dir_path(&__zrt_vfs.cwd, path, sizeof(path));
	if (r < 0)
		return fail(r == -ERANGE ? -ENAMETOOLONG : r);
	len = strlen(path) + 1;
	if (buf == NULL) {
		if (size == 0)
			size = len;
		if (len > size)
			return fail(-ERANGE);
		buf = malloc(size);
		if (buf == NULL)
			return fail(-ENOMEM);
	} else if (len > size) {
		return fail(-ERANGE);
	}
	memcpy(buf, path, len);
	return buf;
}
