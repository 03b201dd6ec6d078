/*
 * mknod.c - mknod(2).
 */
#include <fcntl.h>
#include <sys/stat.h>

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return mknodat(AT_FDCWD, path, mode, dev);
}
