/*
 * __zrt_fd_get.c - look up an open descriptor.
 */
#include <stddef.h>

#include "internal/channel.h"
#include "internal/fd.h"

struct __zrt_fd *__zrt_fd_get(int fd)
{
	if (fd < 0 || fd >= ZRT_FD_STDIO || fd >= __zrt_channel_count())
		return NULL;
	if (__zrt_fds[fd].closed)
		return NULL;
	return &__zrt_fds[fd];
}
