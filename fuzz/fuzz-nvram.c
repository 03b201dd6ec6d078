/*
 * fuzz-nvram.c - libFuzzer harness for ZRT's nvram parser,
 * __zrt_nvram_parse() (zrt/nvram/__zrt_nvram_parse.c).
 *
 * The sanitizers catch bad reads and undefined arithmetic; this file checks
 * the promises start-up and the file system rely on.  A refused nvram must
 * leave a one-line message and a line number inside the text; an accepted
 * one must have NULL-ended argv and envp whose strings all live in the
 * struct, "NAME=value" variables with distinct non-empty names, and every
 * field in its documented range.  A broken promise aborts, which libFuzzer
 * reports as a crash with the input that caused it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal/nvram.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Large: not on the stack. */
static struct __zrt_nvram nv;

static void broken(const char *what)
{
	fprintf(stderr, "fuzz-nvram: broken invariant: %s\n", what);
	abort();
}

/* s is a C string that starts and ends inside nv.strings. */
static void check_string(const char *s, const char *what)
{
	const char *lo = nv.strings, *hi = nv.strings + nv.used;

	if (s < lo || s >= hi || memchr(s, '\0', (size_t)(hi - s)) == NULL)
		broken(what);
}

static void check_accepted(void)
{
	int i, j;

	if (nv.used > sizeof(nv.strings))
		broken("string space overrun");
	if (nv.argc < 0 || nv.argc > ZRT_NVRAM_MAX_ARGS || nv.argv[nv.argc] != NULL)
		broken("argc out of range or argv not NULL-ended");
	for (i = 0; i < nv.argc; i++)
		check_string(nv.argv[i], "argv string outside the struct");
	if (nv.envc < 0 || nv.envc > ZRT_NVRAM_MAX_RECORDS || nv.envp[nv.envc] != NULL)
		broken("envc out of range or envp not NULL-ended");
	for (i = 0; i < nv.envc; i++) {
		const char *eq;

		check_string(nv.envp[i], "env string outside the struct");
		eq = strchr(nv.envp[i], '=');
		if (eq == NULL || eq == nv.envp[i])
			broken("variable without a name or '='");
		for (j = 0; j < i; j++)
			if (strncmp(nv.envp[j], nv.envp[i], (size_t)(eq - nv.envp[i]) + 1) == 0)
				broken("variable set twice");
	}
	if (nv.nfstab < 0 || nv.nfstab > ZRT_NVRAM_MAX_RECORDS)
		broken("nfstab out of range");
	for (i = 0; i < nv.nfstab; i++) {
		const struct __zrt_nvram_fstab *f = &nv.fstab[i];

		check_string(f->channel, "fstab channel outside the struct");
		check_string(f->mountpoint, "fstab mountpoint outside the struct");
		if (f->channel[0] == '\0' || f->mountpoint[0] != '/')
			broken("fstab channel empty or mountpoint relative");
		if ((f->access != ZRT_NVRAM_RO && f->access != ZRT_NVRAM_WO) ||
		    (f->removable != 0 && f->removable != 1) || strcmp(f->fsname, "tar") != 0 ||
		    f->line < 1)
			broken("fstab field out of range");
	}
	if (nv.nmapping < 0 || nv.nmapping > ZRT_NVRAM_MAX_RECORDS)
		broken("nmapping out of range");
	for (i = 0; i < nv.nmapping; i++) {
		const struct __zrt_nvram_mapping *m = &nv.mapping[i];

		check_string(m->channel, "mapping channel outside the struct");
		if (m->channel[0] == '\0' || m->mode < ZRT_NVRAM_PIPE || m->mode > ZRT_NVRAM_FILE ||
		    m->line < 1)
			broken("mapping field out of range");
		if (m->file != NULL) {
			check_string(m->file, "mapping file outside the struct");
			if (m->file[0] != '/')
				broken("mapping file= not absolute");
		}
	}
	if (nv.has_time && (nv.seconds < 0 || nv.seconds > INT64_MAX / 1000000 - 1))
		broken("seconds out of range");
	if (!nv.has_time && nv.seconds != 0)
		broken("seconds without [time]");
	if (nv.verbosity < 0 || nv.verbosity > 4)
		broken("verbosity out of range");
	if (nv.stdin_offset < 0)
		broken("stdin offset negative");
	if (nv.stdin_report != NULL) {
		check_string(nv.stdin_report, "stdin report outside the struct");
		if (nv.stdin_report[0] == '\0' || nv.stdin_line < 1)
			broken("stdin report empty or without its line");
	}
	if (nv.error[0] != '\0' || nv.error_line != 0)
		broken("success with an error");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t lines = 1, i;
	int rc;

	/* Poison the struct so that a parser which forgets to reset it is
	 * caught. */
	memset(&nv, 0x5a, sizeof(nv));
	rc = __zrt_nvram_parse(&nv, (const char *)data, size);
	if (rc == 0) {
		check_accepted();
		return 0;
	}
	if (rc != -1)
		broken("failure is not -1");
	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	if (memchr(nv.error, '\0', sizeof(nv.error)) == NULL || nv.error[0] == '\0' ||
	    strchr(nv.error, '\n') != NULL)
		broken("error empty, unterminated or more than one line");
	if (nv.error_line < 1 || (size_t)nv.error_line > lines)
		broken("error line outside the text");
	return 0;
}
