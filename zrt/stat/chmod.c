/*
 * chmod.c - chmod(2).
 */
#include <fcntl.h>
#include <sys/stat.h>

int chmod(const char *path, mode_t mode)
{
	return fchmodat(AT_FDCWD, path, mode, 0);
}
