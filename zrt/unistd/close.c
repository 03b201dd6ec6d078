/*
 * close.c - close(2).
 */
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

int close(int fd)
{
	/* The last close of a channel's descriptor leaves the channel to
	 * the supervisor, as close() of a standard stream does on Linux;
	 * the last close of an unlinked file frees it. */
	return (int)__zrt_ret(__zrt_fd_close(fd));
}
