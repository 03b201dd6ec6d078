/*
 * fdatasync.c - fdatasync(2): fsync(), since there is no metadata to
 * leave out.
 */
#include <unistd.h>

int fdatasync(int fd)
{
	return fsync(fd);
}
