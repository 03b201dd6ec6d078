/*
 * chown.c - chown(2).
 */
#include <fcntl.h>
#include <unistd.h>

int chown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, 0);
}
