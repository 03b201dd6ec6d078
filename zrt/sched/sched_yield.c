/*
 * sched_yield.c - sched_yield(2): let every other ready process run once
 * (zvm_yield).  Alone, or under an older zerovm, it returns at once.
 */
#include <sched.h>
#include <zvm.h>

#include "internal/proc.h"

int sched_yield(void)
{
	/* zvm_yield() returns 0, or -EPERM (an unknown trap) from an older
	 * zerovm: either way the process goes on, which is all
	 * sched_yield() promises. */
	zvm_yield();
	__zrt_resumed();
	return 0;
}
