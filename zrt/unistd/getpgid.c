/*
 * getpgid.c - getpgid(2) for the only process there is.
 */
#include <errno.h>
#include <unistd.h>

#include "internal/proc.h"
#include "internal/syscall.h"

static pid_t do_getpgid(pid_t pid)
{
	/* 0 means the caller, which is process 1 and its own group. */
	if (pid != 0 && pid != ZRT_PID)
		return -ESRCH;
	return ZRT_PID;
}

pid_t getpgid(pid_t pid)
{
	return (pid_t)__zrt_ret(do_getpgid(pid));
}
