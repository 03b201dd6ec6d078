/*
 * gethostname.c - gethostname(2): always "zerovm".
 */
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include "internal/proc.h"

int gethostname(char *name, size_t len)
{
	size_t n = strlen(ZRT_NODENAME) + 1;

	/* POSIX: a buffer too small gets the name truncated (here without
	 * its NUL), and the call still succeeds. */
	memcpy(name, ZRT_NODENAME, n < len ? n : len);
	return 0;
}
