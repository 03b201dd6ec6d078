/*
 * __zrt_timeval_ts.c - struct timeval[2] to struct timespec[2], for the
 * utimes() family.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "internal/path.h"

const struct timespec *__zrt_timeval_ts(const struct timeval *tv, struct timespec ts[2], int *err)
{
	int i;

	*err = 0;
	if (tv == NULL)
		return NULL;
	for (i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
			*err = -EINVAL;
			return NULL;
		}
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = (long)tv[i].tv_usec * 1000;
	}
	return ts;
}
