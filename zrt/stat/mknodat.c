/*
 * mknodat.c - mknodat(2): regular files and FIFOs.  Device nodes would
 * lead nowhere in a sandbox and need a privilege no nexe has (EPERM).
 */
#include <errno.h>
#include <sys/stat.h>

#include "internal/path.h"
#include "internal/syscall.h"

static int do_mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	struct __zrt_create c = {0};

	switch (mode & S_IFMT) {
	case 0:
	case S_IFREG:
		c.mode = S_IFREG;
		break;
	case S_IFIFO:
		c.mode = S_IFIFO;
		break;
	case S_IFCHR:
	case S_IFBLK:
	case S_IFSOCK:
		return -EPERM;
	default:
		return -EINVAL;
	}
	c.mode |= mode & 07777;
	return __zrt_make(dirfd, path, &c);
}

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	return (int)__zrt_ret(do_mknodat(dirfd, path, mode, dev));
}
