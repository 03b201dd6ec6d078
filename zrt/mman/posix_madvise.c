/*
 * posix_madvise.c - posix_madvise(3): advice is accepted and ignored;
 * every page is already in memory.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include "internal/mman.h"

int posix_madvise(void *addr, size_t len, int advice)
{
	/* Returns the error number; errno is left alone. */
	if ((uintptr_t)addr % ZRT_MMAP_PAGE != 0)
		return EINVAL;
	if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED)
		return EINVAL;
	return 0;
}
