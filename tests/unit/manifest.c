/*
 * manifest.c - unit tests of the manifest parser (vm-core/manifest.c).
 *
 * Most cases are data: tests/unit/manifest.tests (path in MANIFEST_TESTS)
 * holds manifests with the outcome each must have; its header documents
 * the format.  tests/tap/table.c reads it; this program expands each
 * case's text, parses it and prints TAP.
 * A few checks that only make sense from C (NULL and tiny error buffers,
 * text without a terminating NUL, freeing an empty struct) follow the table.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manifest.h"
#include "../tap/basic.h"
#include "../tap/table.h"

#ifndef MANIFEST_TESTS
#error "MANIFEST_TESTS must name the case table"
#endif

#define DEFAULT_NAME "job.manifest"

/*
 * Expand one text line of the table into b, with its escapes and, for
 * @repeat, {#} as the repetition index.  Returns 0 if the line ended in \c
 * (no newline wanted), 1 otherwise.
 */
static int expand(struct table_buf *b, const char *s, long index, int table_line)
{
	if (index < 0 && s[0] == '@')
		bail("%s:%d: unknown directive %s", MANIFEST_TESTS, table_line, s);
	while (*s != '\0') {
		if (index >= 0 && strncmp(s, "{#}", 3) == 0) {
			char num[32];

			snprintf(num, sizeof(num), "%05ld", index);
			table_buf_add(b, num, strlen(num));
			s += 3;
			continue;
		}
		if (*s != '\\') {
			table_buf_addc(b, *s++);
			continue;
		}
		s++;
		switch (*s) {
		case '\\':
			table_buf_addc(b, '\\');
			s++;
			break;
		case 'r':
			table_buf_addc(b, '\r');
			s++;
			break;
		case 't':
			table_buf_addc(b, '\t');
			s++;
			break;
		case '0':
			table_buf_addc(b, '\0');
			s++;
			break;
		case 'x':
			if (table_hexval(s[1]) < 0 || table_hexval(s[2]) < 0)
				bail("%s:%d: \\x needs two hex digits", MANIFEST_TESTS, table_line);
			table_buf_addc(b, (char)(table_hexval(s[1]) * 16 + table_hexval(s[2])));
			s += 3;
			break;
		case 'c':
			if (s[1] != '\0')
				bail("%s:%d: \\c must end the line", MANIFEST_TESTS, table_line);
			return 0;
		case '[': {
			char *end;
			unsigned long count = strtoul(s + 1, &end, 10);

			if (end == s + 1 || end[0] != '*' || end[1] == '\0' || end[2] != ']')
				bail("%s:%d: write \\[COUNT*C]", MANIFEST_TESTS, table_line);
			for (; count > 0; count--)
				table_buf_addc(b, end[1]);
			s = end + 3;
			break;
		}
		default:
			bail("%s:%d: unknown escape \\%c", MANIFEST_TESTS, table_line, *s);
		}
	}
	return 1;
}

/* ---- checking a parsed manifest ---- */

static const char *const std_aliases[3] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};

/* What every successful parse must give, whatever the case. */
static int invariants_hold(const struct manifest *m, const char **why)
{
	size_t i;

	if (m->nchannels < 3) {
		*why = "fewer than 3 channels";
		return 0;
	}
	for (i = 0; i < 3; i++)
		if (strcmp(m->channels[i].alias, std_aliases[i]) != 0) {
			*why = "std channels not first";
			return 0;
		}
	for (i = 4; i < m->nchannels; i++)
		if (strcmp(m->channels[i - 1].alias, m->channels[i].alias) >= 0) {
			*why = "channels not in strictly increasing alias order";
			return 0;
		}
	if (m->version == NULL || strcmp(m->version, MANIFEST_VERSION) != 0 || m->program == NULL) {
		*why = "Version or Program missing";
		return 0;
	}
	if (m->memory < MANIFEST_MIN_MEMORY || m->memory > MANIFEST_MAX_MEMORY || m->timeout < 1 ||
	    m->timeout > MANIFEST_MAX_TIMEOUT) {
		*why = "Memory or Timeout out of range";
		return 0;
	}
	return 1;
}

static int is_empty(const struct manifest *m)
{
	static const struct manifest zero;

	return memcmp(m, &zero, sizeof(zero)) == 0;
}

/* Look FIELD up in m: a number into *num (returns 1) or a string into *str
 * (returns 2); 0 if there is no such field. */
static int field(const struct manifest *m, const char *f, long long *num, const char **str)
{
	static const char *const limits[4] = {"gets", "get_size", "puts", "put_size"};
	const struct manifest_channel *c;
	char *end;
	long idx;
	int i;

	if (strcmp(f, "version") == 0)
		return *str = m->version, 2;
	if (strcmp(f, "program") == 0)
		return *str = m->program, 2;
	if (strcmp(f, "program_line") == 0)
		return *num = m->program_line, 1;
	if (strcmp(f, "memory") == 0)
		return *num = (long long)m->memory, 1;
	if (strcmp(f, "memory_etag") == 0)
		return *num = m->memory_etag, 1;
	if (strcmp(f, "memory_line") == 0)
		return *num = m->memory_line, 1;
	if (strcmp(f, "timeout") == 0)
		return *num = m->timeout, 1;
	if (strcmp(f, "timeout_line") == 0)
		return *num = m->timeout_line, 1;
	if (strcmp(f, "nchannels") == 0)
		return *num = (long long)m->nchannels, 1;
	if (strncmp(f, "channel[", 8) != 0)
		return 0;
	/* channel[I].x; a negative I counts from the end */
	idx = strtol(f + 8, &end, 10);
	if (end[0] != ']' || end[1] != '.')
		return 0;
	if (idx < 0)
		idx += (long)m->nchannels;
	if (idx < 0 || (size_t)idx >= m->nchannels) {
		*str = "(no such channel)";
		return 2;
	}
	c = &m->channels[idx];
	f = end + 2;
	if (strcmp(f, "alias") == 0)
		return *str = c->alias, 2;
	if (strcmp(f, "nuris") == 0)
		return *num = c->nuris, 1;
	if (strcmp(f, "type") == 0)
		return *num = c->type, 1;
	if (strcmp(f, "etag") == 0)
		return *num = c->etag, 1;
	if (strcmp(f, "line") == 0)
		return *num = c->line, 1;
	for (i = 0; i < 4; i++)
		if (strcmp(f, limits[i]) == 0)
			return *num = c->limits[i], 1;
	if (strncmp(f, "uri[", 4) == 0) {
		idx = strtol(f + 4, &end, 10);
		if (strcmp(end, "]") != 0)
			return 0;
		*str = idx >= 0 && idx < MANIFEST_MAX_TOKENS ? c->uris[idx] : "(no such URI)";
		return 2;
	}
	return 0;
}

/* Check every FIELD=VALUE of one "expect:" line. */
static void check_expect(const struct table_case *t, const struct manifest *m, char *list)
{
	char *save = NULL, *item;

	for (item = strtok_r(list, " \t", &save); item != NULL;
	     item = strtok_r(NULL, " \t", &save)) {
		char *eq = strchr(item, '=');
		const char *str = NULL;
		long long num = 0;
		int kind;

		if (eq == NULL)
			bail("%s:%d: expect wants FIELD=VALUE, got %s", MANIFEST_TESTS, t->line,
			     item);
		*eq = '\0';
		kind = field(m, item, &num, &str);
		if (kind == 0)
			bail("%s:%d: no field %s", MANIFEST_TESTS, t->line, item);
		if (kind == 1)
			is_int(strtoll(eq + 1, NULL, 0), num, "%s: %s", t->name, item);
		else
			is_string(eq + 1, str, "%s: %s", t->name, item);
	}
}

/* The file name a case gives the parser: its last "file:" header. */
static const char *case_file(const struct table_case *t)
{
	const char *name = DEFAULT_NAME;
	int i;

	for (i = 0; i < t->nheaders; i++)
		if (strncmp(t->headers[i], "file: ", 6) == 0)
			name = t->headers[i] + 6;
	return name;
}

static void run_case(struct table_case *t)
{
	const char *name = case_file(t);
	struct manifest m;
	char err[1024];
	const char *why = "";
	int rc, i;

	memset(&m, 0xa5, sizeof(m)); /* the parser must not trust what it is given */
	rc = manifest_parse(&m, name, t->text.p ? t->text.p : "", t->text.n, err, sizeof(err));
	if (!is_int(t->status, rc == 0 ? 0 : 1, "%s: status", t->name))
		diag("error: %s", err);
	if (rc != 0) {
		ok(strncmp(err, name, strlen(name)) == 0 && err[strlen(name)] == ':' &&
		       strchr(err, '\n') == NULL && is_empty(&m),
		   "%s: one line naming the file, manifest left empty", t->name);
	} else {
		ok(err[0] == '\0' && invariants_hold(&m, &why), "%s: invariants %s", t->name, why);
	}
	for (i = 0; i < t->nheaders; i++) {
		char *c = t->headers[i];

		if (strncmp(c, "file: ", 6) == 0) {
			continue;
		} else if (strncmp(c, "error: ", 7) == 0) {
			if (!ok(rc != 0 && strstr(err, c + 7) != NULL, "%s: error has \"%s\"",
				t->name, c + 7))
				diag("error: %s", rc != 0 ? err : "(none)");
		} else if (strncmp(c, "message: ", 9) == 0) {
			is_string(c + 9, rc != 0 ? err : "(no error)", "%s: message", t->name);
		} else if (rc == 0) {
			check_expect(t, &m, c + 8);
		} else {
			ok(0, "%s: %s (parse failed)", t->name, c);
		}
	}
	manifest_free(&m);
}

static void run_table(void)
{
	static const struct table_format format = {
	    .path = MANIFEST_TESTS,
	    .keys = {"file: ", "error: ", "message: ", "expect: "},
	    .expand = expand,
	    .trim_blank_lines = 1,
	    .run = run_case,
	};
	int ncases = table_run(&format);

	if (ncases < 40)
		bail("%s has only %d cases", MANIFEST_TESTS, ncases);
	diag("%d cases from %s", ncases, MANIFEST_TESTS);
}

/* ---- checks from C ---- */

static const char good[] = "Version = 20130611\n"
			   "Program = /bin/hello.nexe\n"
			   "Memory = 33554432, 0\n"
			   "Timeout = 5\n"
			   "Channel = /dev/null, /dev/stdin, 0, 0, 1, 1, 0, 0\n"
			   "Channel = /tmp/out, /dev/stdout, 0, 0, 0, 0, 1, 1\n"
			   "Channel = /tmp/err, /dev/stderr, 0, 0, 0, 0, 1, 1\n";

static void run_c_checks(void)
{
	static const struct manifest zero;
	struct manifest m;
	char err[256], tiny[10], *copy;
	const char *full;
	int rc;

	memset(&m, 0, sizeof(m));
	manifest_free(&m);
	manifest_free(&m);
	manifest_free(NULL);
	ok(memcmp(&m, &zero, sizeof(m)) == 0, "manifest_free on an empty struct, twice, and NULL");

	/* A successful parse, freed twice: the second free sees an empty
	 * struct. */
	rc = manifest_parse(&m, "c.manifest", good, strlen(good), err, sizeof(err));
	is_int(0, rc, "the C-level good manifest parses");
	manifest_free(&m);
	manifest_free(&m);
	ok(memcmp(&m, &zero, sizeof(m)) == 0, "manifest_free empties the struct");

	/* Text with no NUL after it: ASan would catch a read past len. */
	copy = malloc(sizeof(good) - 1);
	if (copy == NULL)
		bail("out of memory");
	memcpy(copy, good, sizeof(good) - 1);
	rc = manifest_parse(&m, "c.manifest", copy, sizeof(good) - 1, err, sizeof(err));
	is_int(0, rc, "text without a terminating NUL parses");
	manifest_free(&m);
	/* and cut just before the final newline, so the last line ends at len */
	rc = manifest_parse(&m, "c.manifest", copy, sizeof(good) - 2, err, sizeof(err));
	is_int(0, rc, "text cut before its final newline parses");
	manifest_free(&m);
	free(copy);

	full = "c.manifest: missing obligatory key Version";
	rc = manifest_parse(&m, "c.manifest", "x\n", 2, err, sizeof(err));
	is_string(full, err, "the whole-file message, in full");
	memset(tiny, 'Z', sizeof(tiny));
	rc = manifest_parse(&m, "c.manifest", "x\n", 2, tiny, sizeof(tiny));
	ok(rc == -1 && tiny[sizeof(tiny) - 1] == '\0' && strlen(tiny) == sizeof(tiny) - 1 &&
	       strncmp(tiny, full, sizeof(tiny) - 1) == 0,
	   "a 10-byte err holds the first 9 bytes and a NUL");
	tiny[0] = 'Z';
	rc = manifest_parse(&m, "c.manifest", "x\n", 2, tiny, 1);
	ok(rc == -1 && tiny[0] == '\0', "a 1-byte err holds just the NUL");
	tiny[0] = 'Z';
	rc = manifest_parse(&m, "c.manifest", "x\n", 2, tiny, 0);
	ok(rc == -1 && tiny[0] == 'Z', "a 0-byte err is not written");
	rc = manifest_parse(&m, "c.manifest", "x\n", 2, NULL, 0);
	is_int(-1, rc, "a NULL err is allowed");

	rc = manifest_parse(&m, NULL, "x\n", 2, err, sizeof(err));
	is_string("manifest: missing obligatory key Version", err,
		  "a NULL name becomes \"manifest\"");
	rc = manifest_parse(&m, "c.manifest", NULL, 0, err, sizeof(err));
	is_string("c.manifest: file is empty", err, "NULL text is an empty file");

	/* The name comes from the command line; a newline in it must not
	 * split the message. */
	rc = manifest_parse(&m, "a\nb\x1b", "x\n", 2, err, sizeof(err));
	is_string("a\\x0ab\\x1b: missing obligatory key Version", err,
		  "control bytes in the name are escaped");

	/* A failing parse of a struct that held a manifest leaves it empty
	 * (the caller freed it first; the parser must not read it). */
	memset(&m, 0xff, sizeof(m));
	rc = manifest_parse(&m, "c.manifest", "Version = 1\n", 12, err, sizeof(err));
	ok(rc == -1 && memcmp(&m, &zero, sizeof(m)) == 0, "a failed parse leaves *m empty");
}

int main(void)
{
	plan_lazy();
	run_table();
	run_c_checks();
	return 0;
}
