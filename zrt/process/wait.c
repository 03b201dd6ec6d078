/*
 * wait.c - wait(2): waitpid(-1, status, 0).
 */
#include <sys/types.h>
#include <sys/wait.h>

#include "internal/proc.h"
#include "internal/syscall.h"

pid_t wait(int *status)
{
	return (pid_t)__zrt_ret(__zrt_waitpid(-1, status, 0));
}
