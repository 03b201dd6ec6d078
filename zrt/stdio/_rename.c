/*
 * _rename.c - the rename hook newlib's rename() calls (HAVE_RENAME).
 */
#include <fcntl.h>
#include <stdio.h>

/* newlib's reent/renamer.c declares it so. */
int _rename(const char *from, const char *to);

int _rename(const char *from, const char *to)
{
	return renameat(AT_FDCWD, from, AT_FDCWD, to);
}
