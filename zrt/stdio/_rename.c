/*
 * _rename.c - the rename hook newlib's rename() calls (HAVE_RENAME).
 */
#include <errno.h>

#include "internal/syscall.h"

/* newlib's reent/renamer.c declares it so. */
int _rename(const char *from, const char *to);

int _rename(const char *from, const char *to)
{
	/* No file system yet (the VFS comes later): nothing exists. */
	return (int)__zrt_ret(-ENOENT);
}
