/*
 * getgid.c - getgid(2).
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

gid_t getgid(void)
{
	return ZRT_GID;
}
