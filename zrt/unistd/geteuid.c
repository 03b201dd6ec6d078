/*
 * geteuid.c - geteuid(2).
 */
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"

uid_t geteuid(void)
{
	return ZRT_UID;
}
