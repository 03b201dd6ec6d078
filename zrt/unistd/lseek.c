/*
 * lseek.c - lseek(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

off_t lseek(int fd, off_t offset, int whence)
{
	/* The standard descriptors are streams, like a pipe: stdio tries
	 * a seek before fflush/ftell and must see ESPIPE, not success. */
	return __zrt_ret(__zrt_fd_get(fd) == NULL ? -EBADF : -ESPIPE);
}
