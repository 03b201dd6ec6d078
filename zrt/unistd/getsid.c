/*
 * getsid.c - getsid(2): the process leads its own session too.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/proc.h"
#include "internal/syscall.h"

static pid_t do_getsid(pid_t pid)
{
	if (pid != 0 && pid != ZRT_PID)
		return -ESRCH;
	return ZRT_PID;
}

pid_t getsid(pid_t pid)
{
	return (pid_t)__zrt_ret(do_getsid(pid));
}
