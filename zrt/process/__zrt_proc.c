/*
 * __zrt_proc.c - which process this is (internal/proc.h).
 */
#include <zvm.h>

#include "internal/proc.h"
#include "internal/shm.h"

pid_t __zrt_self = ZRT_PID;
pid_t __zrt_parent = ZRT_PPID;

int __zrt_procs(void)
{
	return __zrt_shm() != NULL;
}
