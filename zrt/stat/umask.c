/*
 * umask.c - umask(2).
 */
#include <sys/stat.h>

#include "internal/path.h"

mode_t umask(mode_t mask)
{
	mode_t old;

	__zrt_vfs_init();
	old = __zrt_vfs.umask;
	__zrt_vfs.umask = mask & 0777;
	return old;
}
