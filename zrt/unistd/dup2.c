/*
 * dup2.c - dup2(2).
 */
#include <errno.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

int dup2(int old, int new)
{
	/* dup2(fd, fd) checks fd and changes nothing; dup3 refuses it. */
	if (old == new)
		return __zrt_fd_get(old) == NULL ? (int)__zrt_ret(-EBADF) : new;
	return (int)__zrt_ret(__zrt_dup3(old, new, 0));
}
