/*
 * stat.c - stat(2).
 */
#include <fcntl.h>
#include <sys/stat.h>

int stat(const char *restrict path, struct stat *restrict st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}
