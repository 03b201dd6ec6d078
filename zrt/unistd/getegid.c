/*
 * getegid.c - getegid(2).
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

gid_t getegid(void)
{
	return ZRT_GID;
}
