/*
 * __zrt_fsize.c - RLIMIT_FSIZE: a regular file may not grow past the
 * soft limit.  Trying sends SIGXFSZ (its default action ends the
 * program) and fails with EFBIG, as on Linux.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>

#include "internal/resource.h"
#include "internal/signal.h"

static int over(void)
{
	__zrt_signal_send(SIGXFSZ);
	return -EFBIG;
}

int64_t __zrt_fsize_room(int64_t at)
{
	rlim_t cur = __zrt_rlimit(RLIMIT_FSIZE)->rlim_cur;

	if (cur == RLIM_INFINITY || cur >= (rlim_t)INT64_MAX)
		return INT64_MAX;
	if (at >= (int64_t)cur)
		return over();
	return (int64_t)cur - at;
}

int __zrt_fsize_check(int64_t size)
{
	rlim_t cur = __zrt_rlimit(RLIMIT_FSIZE)->rlim_cur;

	if (cur == RLIM_INFINITY || size <= 0 || (uint64_t)size <= (uint64_t)cur)
		return 0;
	return over();
}
