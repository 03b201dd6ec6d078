/*
 * vfork.c - vfork(2), which newlib's popen() and posix_spawn() call:
 * fails with EAGAIN, even where fork() works.  A vforked child may only
 * exec or _exit, and a nexe cannot exec; as a fork(), the child's failed
 * exec would go unseen (posix_spawn() learns of it through memory that
 * vfork() shares and fork() copies), and popen() would return a stream of
 * nothing for a command that never ran.
 */
#include <errno.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal/syscall.h"

pid_t vfork(void)
{
	return (pid_t)__zrt_ret(-EAGAIN);
}
