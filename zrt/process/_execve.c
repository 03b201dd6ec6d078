/*
 * _execve.c - what newlib's execve() (and so execl, execv, execvp, ...)
 * calls: a nexe cannot replace itself with another program.
 */
#include <errno.h>

#include "internal/syscall.h"

int _execve(const char *path, char *const argv[], char *const envp[]);

int _execve(const char *path, char *const argv[], char *const envp[])
{
	/* POSIX has no error for "this system runs no programs"; ENOSYS
	 * says so plainly, where ENOENT or EACCES would send the user
	 * looking for a file that is not the problem. */
	return (int)__zrt_ret(-ENOSYS);
}
