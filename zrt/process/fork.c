/*
 * fork.c - fork(2): a nexe is one process and cannot start another.
 */
#include <errno.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal/syscall.h"

pid_t fork(void)
{
	/* EAGAIN is POSIX's answer when {CHILD_MAX} processes exist, and
	 * sysconf(_SC_CHILD_MAX) is 1: the program itself. */
	return (pid_t)__zrt_ret(-EAGAIN);
}
