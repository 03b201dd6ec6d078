/*
 * setrlimit.c - setrlimit(2): limits can be lowered, never raised past
 * what the manifest gave.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/resource.h>

#include "internal/resource.h"
#include "internal/syscall.h"

static int do_setrlimit(int res, const struct rlimit *rl)
{
	struct rlimit *cur;

	if (res < 0 || res >= RLIM_NLIMITS)
		return -EINVAL;
	if (rl == NULL)
		return -EFAULT;
	if (rl->rlim_cur > rl->rlim_max)
		return -EINVAL;
	cur = __zrt_rlimit(res);
	/* The superuser may raise a hard limit on Linux, but no privilege
	 * makes more memory or descriptors appear here. */
	if (rl->rlim_max > cur->rlim_max)
		return -EPERM;
	*cur = *rl;
	return 0;
}

int setrlimit(int res, const struct rlimit *rl)
{
	return (int)__zrt_ret(do_setrlimit(res, rl));
}
