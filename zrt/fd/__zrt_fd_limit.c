/*
 * __zrt_fd_limit.c - how many descriptors a new one may be chosen from:
 * RLIMIT_NOFILE's soft limit, at most the table's size.
 */
#include <sys/resource.h>

#include "internal/fd.h"
#include "internal/resource.h"

int __zrt_fd_limit(void)
{
	rlim_t cur = __zrt_rlimit(RLIMIT_NOFILE)->rlim_cur;

	return cur < ZRT_OPEN_MAX ? (int)cur : ZRT_OPEN_MAX;
}
