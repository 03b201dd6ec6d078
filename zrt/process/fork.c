/*
 * fork.c - fork(2): a new process with a copy of this one's memory
 * (internal/proc.h, zvm.h "Processes").
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"
#include "internal/syscall.h"

pid_t fork(void)
{
	/* EAGAIN when ZVM_MAX_PROCESSES exist, or under an older zerovm,
	 * which runs one process: POSIX's error when {CHILD_MAX} processes
	 * exist.  ENOMEM when the host cannot copy the memory. */
	return (pid_t)__zrt_ret(__zrt_fork());
}
