/*
 * __zrt_fd_fork.c - what a child inherits: a copy of every open file
 * description, each a new holder of its pipe end.
 */
#include <fcntl.h>
#include <stddef.h>

#include "internal/fd.h"
#include "internal/pipe.h"

void __zrt_fd_fork(pid_t child)
{
	static unsigned long forks;
	int fd, acc;

	/* A description shared by several descriptors is one end. */
	forks++;
	for (fd = 0; fd < ZRT_OPEN_MAX; fd++) {
		struct __zrt_file *f = __zrt_fds[fd].file;

		if (f == NULL || f->pipe == NULL || f->forked == forks)
			continue;
		f->forked = forks;
		acc = f->flags & O_ACCMODE;
		__zrt_pipe_inherit(f->pipe, child, acc != O_WRONLY, acc != O_RDONLY);
	}
}
