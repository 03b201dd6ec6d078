/*
 * __zrt_file_new.c - a new open file description.
 */
#include <stdlib.h>

#include "internal/fd.h"

struct __zrt_file *__zrt_file_new(int flags)
{
	struct __zrt_file *f = calloc(1, sizeof(*f));

	if (f != NULL) {
		f->refs = 1;
		f->flags = flags;
	}
	return f;
}
