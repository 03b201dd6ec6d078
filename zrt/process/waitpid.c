/*
 * waitpid.c - waitpid(2) through zvm_wait() (internal/proc.h).
 */
#include <errno.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <zvm.h>

#include "internal/proc.h"
#include "internal/syscall.h"

static pid_t do_waitpid(pid_t pid, int *status, int options)
{
	if (options & ~(WNOHANG | WUNTRACED))
		return -EINVAL;
	/* WUNTRACED asks for stopped children too; none ever stops. */
	return __zrt_waitpid(pid, status, (options & WNOHANG) ? ZVM_WAIT_NOHANG : 0);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return (pid_t)__zrt_ret(do_waitpid(pid, status, options));
}
