/*
 * getrlimit.c - getrlimit(2).
 */
#include <errno.h>
#include <stddef.h>
#include <sys/resource.h>

#include "internal/resource.h"
#include "internal/syscall.h"

static int do_getrlimit(int res, struct rlimit *rl)
{
	if (res < 0 || res >= RLIM_NLIMITS)
		return -EINVAL;
	if (rl == NULL)
		return -EFAULT;
	*rl = *__zrt_rlimit(res);
	return 0;
}

int getrlimit(int res, struct rlimit *rl)
{
	return (int)__zrt_ret(do_getrlimit(res, rl));
}
