/*
 * getprogname.c - getprogname(3), as on the BSDs: the program's name, the
 * last component of argv[0], by which it names itself in its messages.
 *
 * argv[0] is nvram's first [args] word (zvsh passes the name the nexe was
 * run by), so the name is the same on every run of the same manifest.
 */
#include <stdlib.h>
#include <string.h>

#include "internal/start.h"

const char *getprogname(void)
{
	const char *name = __zrt_argv != NULL && __zrt_argv[0] != NULL ? __zrt_argv[0] : "";
	const char *slash = strrchr(name, '/');

	/* "dir/" names nothing after its slash: keep the whole word then,
	 * as a message that says "dir/: ..." still says who spoke. */
	return slash != NULL && slash[1] != '\0' ? slash + 1 : name;
}
