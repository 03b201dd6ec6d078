/*
 * mprotect.c - mprotect(2).  A nexe cannot change the protection of its
 * memory (the supervisor fixes the map), so the call checks its
 * arguments and succeeds: programs that use it to drop rights keep
 * working, but nothing faults on access.  doc/zrt.md says so.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include "internal/mman.h"
#include "internal/syscall.h"

int mprotect(void *addr, size_t len, int prot)
{
	if ((uintptr_t)addr % ZRT_MMAP_PAGE != 0 || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)))
		return (int)__zrt_ret(-EINVAL);
	return 0;
}
