/*
 * getpagesize.c - getpagesize(2), the BSD spelling of sysconf(_SC_PAGESIZE).
 */
#include <unistd.h>

#include "internal/proc.h"

int getpagesize(void)
{
	return ZRT_PAGESIZE;
}
