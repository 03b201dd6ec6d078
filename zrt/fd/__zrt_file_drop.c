/*
 * __zrt_file_drop.c - let go of an open file description.
 */
#include <fcntl.h>
#include <stdlib.h>

#include "internal/fd.h"
#include "internal/pipe.h"

void __zrt_file_drop(struct __zrt_file *f)
{
	int acc = f->flags & O_ACCMODE;

	if (--f->refs > 0)
		return;
	if (f->pipe != NULL)
		__zrt_pipe_close(f->pipe, acc != O_WRONLY, acc != O_RDONLY);
	/* An unlinked file goes away here if this was its last holder. */
	if (f->loc.mnt != NULL)
		__zrt_loc_release(&f->loc);
	if (f->from.mnt != NULL)
		__zrt_loc_release(&f->from);
	free(f->path);
	free(f);
}
