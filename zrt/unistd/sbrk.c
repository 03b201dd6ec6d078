/*
 * sbrk.c - sbrk(2) over the heap the manifest describes.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/syscall.h"

/* The current break; NULL until the first call. */
static char *cur;

void *sbrk(ptrdiff_t incr)
{
	char *base = MANIFEST->heap_ptr;
	char *end = base + MANIFEST->heap_size;
	char *old;

	if (cur == NULL)
		cur = base;
	/* Compare sizes, not pointers: base + incr may wrap. */
	if (incr > 0 ? (uintptr_t)incr > (uintptr_t)(end - cur)
		     : (uintptr_t)-incr > (uintptr_t)(cur - base))
		return (void *)__zrt_ret(-ENOMEM);
	old = cur;
	cur += incr;
	return old;
}
