/*
 * lchown.c - lchown(2): chown() of a symbolic link itself.
 */
#include <fcntl.h>
#include <unistd.h>

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW);
}
