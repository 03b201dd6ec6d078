/*
 * waitpid.c - waitpid(2): there are never any children.
 */
#include <errno.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "internal/syscall.h"

static pid_t do_waitpid(pid_t pid, int options)
{
	if (options & ~(WNOHANG | WUNTRACED))
		return -EINVAL;
	return -ECHILD;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return (pid_t)__zrt_ret(do_waitpid(pid, options));
}
