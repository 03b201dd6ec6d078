/*
 * __zrt_fd_get.c - look up an open descriptor.
 */
#include <stddef.h>

#include "internal/fd.h"

struct __zrt_file *__zrt_fd_get(int fd)
{
	/* Every descriptor call comes here first, so this is where the
	 * standard descriptors come into being. */
	__zrt_vfs_init();
	if (fd < 0 || fd >= ZRT_OPEN_MAX)
		return NULL;
	return __zrt_fds[fd].file;
}
