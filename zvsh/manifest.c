/*
 * manifest.c - write the ZeroVM manifest for a job (zerovm-manifest(5)).
 *
 * The standard channels name zerovm's own descriptors (/dev/stdin,
 * /dev/stdout, /dev/stderr), which zvsh's are: the program reads and
 * writes exactly what zvsh was given, and a kept manifest runs again
 * with whatever the next shell gives it.  Every other path is absolute,
 * so that the manifest does not depend on the working directory.
 */
#define _GNU_SOURCE
#include "manifest.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "die.h"

static void channel_limited(FILE *f, const char *uri, const char *alias, int type, int out,
			    long long count, long long bytes)
{
	if (out)
		fprintf(f, "Channel = %s, %s, %d, 0, 0, 0, %lld, %lld\n", uri, alias, type, count,
			bytes);
	else
		fprintf(f, "Channel = %s, %s, %d, 0, %lld, %lld, 0, 0\n", uri, alias, type, count,
			bytes);
}

static void channel(FILE *f, const char *uri, const char *alias, int type, int out)
{
	channel_limited(f, uri, alias, type, out, ZVSH_LIMIT_COUNT, ZVSH_LIMIT_BYTES);
}

void manifest_write(const struct job *j, const char *path, const char *nvram)
{
	FILE *f;
	size_t i;

	(void)unlink(path);
	f = fopen(path, "wxe");
	if (f == NULL)
		die_errno(ZVSH_EXIT_ERROR, "%s", path);
	fprintf(f, "== written by zvsh %s; run it again with: zerovm THIS-FILE ==\n",
		PACKAGE_VERSION);
	fprintf(f, "Version = 20130611\n");
	fprintf(f, "Program = %s\n", j->program);
	fprintf(f, "Memory = %lld, 0\n", (long long)j->memory);
	fprintf(f, "Timeout = %lld\n", (long long)j->timeout);
	/* Standard input from a regular file is read at offsets (type 3),
	 * and its final offset comes back through a channel of its own,
	 * with room for one line. */
	channel(f, "/dev/stdin", "/dev/stdin", j->stdin_file ? 3 : 0, 0);
	channel(f, "/dev/stdout", "/dev/stdout", 0, 1);
	channel(f, "/dev/stderr", "/dev/stderr", 0, 1);
	channel(f, nvram, "/dev/nvram", 0, 0);
	if (j->stdin_file)
		channel_limited(f, j->stdin_report, ZVSH_STDIN_REPORT_ALIAS, 0, 1,
				ZVSH_STDIN_REPORT_PUTS, ZVSH_STDIN_REPORT_MAX);
	for (i = 0; i < j->nchan; i++)
		channel(f, j->chan[i].uri, j->chan[i].alias, j->chan[i].type, j->chan[i].out);
	if (fflush(f) != 0 || ferror(f)) {
		int saved = errno;

		fclose(f);
		errno = saved;
		die_errno(ZVSH_EXIT_ERROR, "%s", path);
	}
	if (fclose(f) != 0)
		die_errno(ZVSH_EXIT_ERROR, "%s", path);
}
