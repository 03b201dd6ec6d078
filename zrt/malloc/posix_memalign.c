/*
 * posix_memalign.c - posix_memalign(3) over newlib's memalign(), and
 * through it newlib's aligned_alloc().
 */
#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>

int posix_memalign(void **memptr, size_t alignment, size_t size)
{
	void *p;

	/* POSIX: a power of two multiple of sizeof(void *).  The result is
	 * an error number; *memptr is left alone on failure. */
	if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
		return EINVAL;
	p = memalign(alignment, size);
	if (p == NULL)
		return ENOMEM;
	*memptr = p;
	return 0;
}
