/*
 * __zrt_debug.c - write one of ZRT's diagnostics to /dev/debug.
 */
#include <string.h>

#include "internal/channel.h"
#include "internal/debug.h"
#include "internal/nvram.h"

void __zrt_debug(int level, const char *msg)
{
	static int ch = -2; /* -2: not looked up yet; -1: no such channel */
	char line[256] = "zrt: ";
	size_t n = 5, k;

	if (level > __zrt_nvram.verbosity)
		return;
	if (ch == -2)
		ch = __zrt_channel_find("/dev/debug");
	if (ch < 0)
		return;
	/* One write per message, so that lines never interleave. */
	k = strlen(msg);
	if (k > sizeof(line) - n - 1)
		k = sizeof(line) - n - 1;
	memcpy(line + n, msg, k);
	n += k;
	line[n++] = '\n';
	__zrt_channel_write(ch, line, n, 0);
}
