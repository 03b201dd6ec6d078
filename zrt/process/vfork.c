/*
 * vfork.c - vfork(2) as fork(): the child gets a copy of the parent's
 * memory instead of borrowing it, which every use POSIX allows (the child
 * only calls exec or _exit) cannot tell apart.  popen() uses it.  What a
 * copy cannot give: posix_spawn() learns of a failed exec through memory
 * that vfork() shares, so with a copy it reports success and the child
 * ends with status 127.
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"
#include "internal/syscall.h"

pid_t vfork(void)
{
	return (pid_t)__zrt_ret(__zrt_fork());
}
