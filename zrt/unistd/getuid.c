/*
 * getuid.c - getuid(2).
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

uid_t getuid(void)
{
	return ZRT_UID;
}
