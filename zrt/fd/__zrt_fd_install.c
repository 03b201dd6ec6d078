/*
 * __zrt_fd_install.c - give an open file a descriptor.
 */
#include <errno.h>

#include "internal/fd.h"

int __zrt_fd_install(struct __zrt_file *f, int min, int cloexec)
{
	int fd, limit;

	__zrt_vfs_init();
	limit = __zrt_fd_limit();
	/* POSIX: the lowest numbered descriptor not open. */
	for (fd = min < 0 ? 0 : min; fd < limit; fd++) {
		if (__zrt_fds[fd].file == NULL) {
			__zrt_fds[fd].file = f;
			__zrt_fds[fd].cloexec = cloexec != 0;
			return fd;
		}
	}
	__zrt_file_drop(f);
	return -EMFILE;
}
