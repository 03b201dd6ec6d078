/*
 * futimes.c - futimes(2), in microseconds.
 */
#include <sys/stat.h>
#include <sys/time.h>

#include "internal/path.h"
#include "internal/syscall.h"

int futimes(int fd, const struct timeval *tv)
{
	struct timespec ts[2];
	const struct timespec *p;
	int err;

	p = __zrt_timeval_ts(tv, ts, &err);
	if (err < 0)
		return (int)__zrt_ret(err);
	return futimens(fd, p);
}
