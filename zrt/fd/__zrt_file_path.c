/*
 * __zrt_file_path.c - the absolute path a description was opened by.
 */
#include <errno.h>
#include <string.h>

#include "internal/fd.h"

int __zrt_file_path(const struct __zrt_file *f, char *buf, size_t size)
{
	size_t n, len;
	int r;

	if (f->path == NULL)
		return -ENOENT;
	len = strlen(f->path);
	if (f->path[0] == '/') {
		n = 0;
	} else {
		r = __zrt_dir_path(&f->from, buf, size);
		if (r < 0)
			return r;
		n = strlen(buf);
		/* "/" and "a" make "/a"; "/d" and "a" make "/d/a". */
		if (n > 1) {
			if (n + 1 >= size)
				return -ERANGE;
			buf[n++] = '/';
		} else {
			n = 1;
		}
	}
	if (n + len + 1 > size)
		return -ERANGE;
	memcpy(buf + n, f->path, len + 1);
	return 0;
}
