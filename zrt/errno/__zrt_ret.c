/*
 * __zrt_ret.c - convert an internal -errno result at the POSIX boundary.
 */
#include <errno.h>

#include "internal/syscall.h"

long __zrt_ret(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
