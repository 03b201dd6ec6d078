/*
 * getppid.c - getppid(2): 0, no parent, for the first process.
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

pid_t getppid(void)
{
	return __zrt_parent;
}
