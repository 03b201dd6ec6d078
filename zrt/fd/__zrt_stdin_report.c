/*
 * __zrt_stdin_report.c - standard input read from a host file at offsets
 * (nvram's [stdin], zrt-nvram(5)): the offset it was left at, written at
 * exit for whoever ran the program to continue from there, as a shell's
 * next command continues from a program's standard input.  Where it
 * starts is set by __zrt_vfs_init(), checked by __zrt_stdin_check().
 *
 * The offset reported is that of the description descriptor 0 had at
 * start-up, whatever the program does with descriptor 0 later: as on
 * Unix, where closing or replacing descriptor 0 leaves the shared
 * description's offset where it was.
 */
#include <stdint.h>
#include <stdio.h>

#include "internal/channel.h"
#include "internal/fd.h"
#include "internal/nvram.h"

struct __zrt_file *__zrt_stdin_file;
int __zrt_stdin_channel = -1;

void __zrt_stdin_report(void)
{
	const struct __zrt_nvram *nv = &__zrt_nvram;
	char line[24];
	int64_t pos;
	int n;

	if (__zrt_stdin_channel < 0)
		return;
	/* Without a description the program never touched descriptor 0,
	 * which is then where it started. */
	pos = __zrt_stdin_file != NULL ? __zrt_stdin_file->pos : nv->stdin_offset;
	n = snprintf(line, sizeof(line), "%lld\n", (long long)pos);
	if (n > 0 && (size_t)n < sizeof(line))
		(void)__zrt_channel_write(__zrt_stdin_channel, line, (size_t)n, 0);
}
