/*
 * openat.c - openat(2).
 */
#include <fcntl.h>
#include <stdarg.h>

#include "internal/fd.h"
#include "internal/syscall.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	return (int)__zrt_ret(__zrt_openat(dirfd, path, flags, mode));
}
