/*
 * getrusage.c - getrusage(2): CPU time from the deterministic clock.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/resource.h>

#include "internal/clock.h"
#include "internal/syscall.h"

static int do_getrusage(int who, struct rusage *ru)
{
	struct __zrt_clock_reading r;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN)
		return -EINVAL;
	if (ru == NULL)
		return -EFAULT;
	memset(ru, 0, sizeof(*ru));
	if (who == RUSAGE_CHILDREN)
		return 0; /* there never are any */
	/* The same user time as times() and clock(); system time is spent
	 * outside the sandbox and not the program's to see. */
	__zrt_clock_read(&r);
	ru->ru_utime.tv_sec = (time_t)(r.cpu_us / 1000000);
	ru->ru_utime.tv_usec = (suseconds_t)(r.cpu_us % 1000000);
	return 0;
}

int getrusage(int who, struct rusage *ru)
{
	return (int)__zrt_ret(do_getrusage(who, ru));
}
