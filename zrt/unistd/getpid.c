/*
 * getpid.c - getpid(2).
 */
#include <unistd.h>

#include "internal/proc.h"

pid_t getpid(void)
{
	return __zrt_self;
}
