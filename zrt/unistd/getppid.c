/*
 * getppid.c - getppid(2): the parent the process does not have.
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

pid_t getppid(void)
{
	return ZRT_PPID;
}
