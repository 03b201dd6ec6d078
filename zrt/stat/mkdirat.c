/*
 * mkdirat.c - mkdirat(2).
 */
#include <sys/stat.h>

#include "internal/path.h"
#include "internal/syscall.h"

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	struct __zrt_create c = {0};

	c.mode = S_IFDIR | (mode & 07777);
	return (int)__zrt_ret(__zrt_make(dirfd, path, &c));
}
