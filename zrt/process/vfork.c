/*
 * vfork.c - vfork(2), which newlib's popen() and posix_spawn() call:
 * fails like fork().
 */
#include <errno.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal/syscall.h"

pid_t vfork(void)
{
	return (pid_t)__zrt_ret(-EAGAIN);
}
