/*
 * __zrt_stdin_check.c - nvram's [stdin] checked against the manifest
 * before the program runs (see __zrt_stdin_report.c for what it is for).
 */
#include <stdint.h>
#include <stdio.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/fd.h"
#include "internal/nvram.h"

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
	__zrt_stdin_channel = ch;
}
