/*
 * flockfile.c - flockfile(3): take a stream's lock.  newlib declares the
 * POSIX stream locks but its libc does not define them.  A nexe
 * runs one thread, so no other owner can exist: newlib's own stdio lock
 * (_flockfile) is what there is to take, a no-op in this single-threaded
 * build.
 */
#include <stdio.h>
#include <sys/stdio.h>

void flockfile(FILE *fp)
{
	_flockfile(fp);
}
