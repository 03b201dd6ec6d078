/*
 * tarfail.c - how a tar image that cannot be mounted or saved ends the
 * session: one line on stderr, then ZRT_TAR_EXIT.
 */
#include <string.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/tar.h"

static void put(const char *s)
{
	__zrt_channel_write(2, s, strlen(s), 0);
}

void __zrt_tar_fail(const char *alias, const char *what, const char *detail)
{
	put("zrt: ");
	put(alias);
	put(": ");
	put(what);
	if (detail != NULL && detail[0] != '\0') {
		put(": ");
		put(detail);
	}
	put("\n");
	/* zvm_exit, not _exit: _exit would try to save write-only mounts. */
	zvm_exit(ZRT_TAR_EXIT);
}
