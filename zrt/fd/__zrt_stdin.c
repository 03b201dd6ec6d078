/*
 * __zrt_stdin.c - standard input read from a host file at offsets
 * (nvram's [stdin], zrt-nvram(5)): where descriptor 0 starts, and the
 * offset it was left at, written at exit for whoever ran the program to
 * continue from there, as a shell's next command continues from a
 * program's standard input.
 *
 * The offset reported is that of the description descriptor 0 had at
 * start-up, whatever the program does with descriptor 0 later: as on
 * Unix, where closing or replacing descriptor 0 leaves the shared
 * description's offset where it was.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/fd.h"
#include "internal/nvram.h"

struct __zrt_file *__zrt_stdin_file;

void __zrt_stdin_check(void)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	char what[sizeof(nv->error)];
	int ch;

	if (nv->stdin_offset != 0) {
		const struct ZVMChannel *c =
		    MANIFEST->channels_count > 0 ? &MANIFEST->channels[0] : NULL;

		if (c == NULL || c->limits[GetsLimit] <= 0 || c->limits[GetSizeLimit] <= 0 ||
		    (c->type != RGetSPut && c->type != RGetRPut)) {
			snprintf(what, sizeof(what),
				 "offset=%lld: /dev/stdin is not a channel read at offsets "
				 "(type 1 or 3)",
				 (long long)nv->stdin_offset);
			__zrt_nvram_fail(nv->stdin_line, what);
		}
	}
	if (nv->stdin_report == NULL)
		return;
	ch = __zrt_channel_find(nv->stdin_report);
	if (ch < 0 || MANIFEST->channels[ch].limits[PutsLimit] <= 0 ||
	    MANIFEST->channels[ch].limits[PutSizeLimit] <= 0) {
		snprintf(what, sizeof(what), "report=%.64s: %s", nv->stdin_report,
			 ch < 0 ? "no such channel" : "the channel cannot be written");
		__zrt_nvram_fail(nv->stdin_line, what);
	}
}

void __zrt_stdin_report(void)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	char line[24];
	int64_t pos;
	int ch, n;

	if (nv->stdin_report == NULL || (ch = __zrt_channel_find(nv->stdin_report)) < 0)
		return;
	/* Without a description the program never touched descriptor 0,
	 * which is then where it started. */
	pos = __zrt_stdin_file != NULL ? __zrt_stdin_file->pos : nv->stdin_offset;
	n = snprintf(line, sizeof(line), "%lld\n", (long long)pos);
	if (n > 0 && (size_t)n < sizeof(line))
		(void)__zrt_channel_write(ch, line, (size_t)n, 0);
}
