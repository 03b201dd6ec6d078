/*
 * link.c - link(2).
 */
#include <fcntl.h>
#include <unistd.h>

int link(const char *old, const char *new)
{
	/* Like Linux, link() does not follow a symbolic link in old. */
	return linkat(AT_FDCWD, old, AT_FDCWD, new, 0);
}
