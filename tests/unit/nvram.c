/*
 * nvram.c - unit tests of ZRT's nvram parser (zrt/nvram/__zrt_nvram_parse.c),
 * run on the host.
 *
 * The parser is a pure function, so this program compiles its source
 * directly with the host compiler.  Most cases are data: the table in
 * tests/unit/nvram.tests (path in NVRAM_TESTS), whose header documents its
 * format; tests/tap/table.c reads it, and this program expands the text.
 * A few checks that only make sense from C follow the table.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../zrt/nvram/__zrt_nvram_parse.c"
#include "../tap/basic.h"
#include "../tap/table.h"

#ifndef NVRAM_TESTS
#error "NVRAM_TESTS must name the case table"
#endif

/* The parsed nvram: large, so not on the stack. */
static struct __zrt_nvram nv;

/*
 * Expand one line of the table into b: {xHH} is the byte HH, {N*C} is C
 * N times, {#} the @repeat index (5 digits), {nonl} at the end means no
 * newline.  Everything else, backslashes included, is literal, since
 * backslashes are the nvram's own escapes.  Returns 1 if a newline should
 * follow.
 */
static int expand(struct table_buf *b, const char *s, long index, int table_line)
{
	while (*s != '\0') {
		const char *close;

		if (*s != '{') {
			table_buf_addc(b, *s++);
			continue;
		}
		close = strchr(s, '}');
		if (close == NULL)
			bail("%s:%d: '{' without '}'", NVRAM_TESTS, table_line);
		if (strncmp(s, "{nonl}", 6) == 0) {
			if (s[6] != '\0')
				bail("%s:%d: {nonl} must end the line", NVRAM_TESTS, table_line);
			return 0;
		} else if (strncmp(s, "{#}", 3) == 0 && index >= 0) {
			char num[24];

			snprintf(num, sizeof(num), "%05ld", index);
			table_buf_add(b, num, strlen(num));
		} else if (s[1] == 'x' && close == s + 4 && table_hexval(s[2]) >= 0 &&
			   table_hexval(s[3]) >= 0) {
			table_buf_addc(b, (char)(table_hexval(s[2]) * 16 + table_hexval(s[3])));
		} else {
			char *end;
			long count = strtol(s + 1, &end, 10);

			if (end == s + 1 || *end != '*' || end + 2 != close || count < 0)
				bail("%s:%d: unknown {...} escape", NVRAM_TESTS, table_line);
			for (; count > 0; count--)
				table_buf_addc(b, end[1]);
		}
		s = close + 1;
	}
	return 1;
}

/* A check's wanted value, with {xHH} escapes for bytes a line cannot hold. */
static void unescape(char *s)
{
	char *d = s;

	while (*s != '\0') {
		if (s[0] == '{' && s[1] == 'x' && table_hexval(s[2]) >= 0 &&
		    table_hexval(s[3]) >= 0 && s[4] == '}') {
			*d++ = (char)(table_hexval(s[2]) * 16 + table_hexval(s[3]));
			s += 5;
		} else {
			*d++ = *s++;
		}
	}
	*d = '\0';
}

static const char *access_name(int a)
{
	return a == ZRT_NVRAM_RO ? "ro" : a == ZRT_NVRAM_WO ? "wo" : "?";
}

static const char *mode_name(int m)
{
	return m == ZRT_NVRAM_PIPE   ? "pipe"
	       : m == ZRT_NVRAM_CHAR ? "char"
	       : m == ZRT_NVRAM_FILE ? "file"
				     : "?";
}

/*
 * The value of field in the parsed nvram, printed into out; returns 0, or
 * -1 for an unknown field or an index out of range.
 */
static int field(const char *f, char *out, size_t size)
{
	int i;
	char sub[32];

	if (strcmp(f, "argc") == 0)
		return snprintf(out, size, "%d", nv.argc), 0;
	if (strcmp(f, "envc") == 0)
		return snprintf(out, size, "%d", nv.envc), 0;
	if (strcmp(f, "nfstab") == 0)
		return snprintf(out, size, "%d", nv.nfstab), 0;
	if (strcmp(f, "nmapping") == 0)
		return snprintf(out, size, "%d", nv.nmapping), 0;
	if (strcmp(f, "has_time") == 0)
		return snprintf(out, size, "%d", nv.has_time), 0;
	if (strcmp(f, "seconds") == 0)
		return snprintf(out, size, "%lld", (long long)nv.seconds), 0;
	if (strcmp(f, "has_seed") == 0)
		return snprintf(out, size, "%d", nv.has_seed), 0;
	if (strcmp(f, "seed") == 0)
		return snprintf(out, size, "%llu", (unsigned long long)nv.seed), 0;
	if (strcmp(f, "verbosity") == 0)
		return snprintf(out, size, "%d", nv.verbosity), 0;
	if (strcmp(f, "cwd") == 0)
		return snprintf(out, size, "%s", nv.cwd ? nv.cwd : "(null)"), 0;
	if (strcmp(f, "cwd_line") == 0)
		return snprintf(out, size, "%d", nv.cwd_line), 0;
	if (strcmp(f, "stdin_offset") == 0)
		return snprintf(out, size, "%lld", (long long)nv.stdin_offset), 0;
	if (strcmp(f, "stdin_report") == 0)
		return snprintf(out, size, "%s", nv.stdin_report ? nv.stdin_report : "(null)"), 0;
	if (strcmp(f, "stdin_line") == 0)
		return snprintf(out, size, "%d", nv.stdin_line), 0;
	if (sscanf(f, "argv[%d]", &i) == 1) {
		if (i < 0 || i > nv.argc)
			return -1;
		return snprintf(out, size, "%s", nv.argv[i] ? nv.argv[i] : "(null)"), 0;
	}
	if (sscanf(f, "env[%d]", &i) == 1) {
		if (i < 0 || i > nv.envc)
			return -1;
		return snprintf(out, size, "%s", nv.envp[i] ? nv.envp[i] : "(null)"), 0;
	}
	if (sscanf(f, "fstab[%d].%31s", &i, sub) == 2) {
		const struct __zrt_nvram_fstab *e = &nv.fstab[i];

		if (i < 0 || i >= nv.nfstab)
			return -1;
		if (strcmp(sub, "channel") == 0)
			return snprintf(out, size, "%s", e->channel), 0;
		if (strcmp(sub, "mountpoint") == 0)
			return snprintf(out, size, "%s", e->mountpoint), 0;
		if (strcmp(sub, "access") == 0)
			return snprintf(out, size, "%s", access_name(e->access)), 0;
		if (strcmp(sub, "removable") == 0)
			return snprintf(out, size, "%d", e->removable), 0;
		if (strcmp(sub, "fsname") == 0)
			return snprintf(out, size, "%s", e->fsname), 0;
		if (strcmp(sub, "line") == 0)
			return snprintf(out, size, "%d", e->line), 0;
		return -1;
	}
	if (sscanf(f, "mapping[%d].%31s", &i, sub) == 2) {
		const struct __zrt_nvram_mapping *m = &nv.mapping[i];

		if (i < 0 || i >= nv.nmapping)
			return -1;
		if (strcmp(sub, "channel") == 0)
			return snprintf(out, size, "%s", m->channel), 0;
		if (strcmp(sub, "mode") == 0)
			return snprintf(out, size, "%s", mode_name(m->mode)), 0;
		if (strcmp(sub, "file") == 0)
			return snprintf(out, size, "%s", m->file ? m->file : "(null)"), 0;
		if (strcmp(sub, "line") == 0)
			return snprintf(out, size, "%d", m->line), 0;
		return -1;
	}
	return -1;
}

/* Every string the result points to must live inside the struct. */
static int strings_inside(void)
{
	const char *lo = nv.strings, *hi = nv.strings + sizeof(nv.strings);
	int i;

	for (i = 0; i < nv.argc; i++)
		if (nv.argv[i] < lo || nv.argv[i] >= hi)
			return 0;
	for (i = 0; i < nv.envc; i++)
		if (nv.envp[i] < lo || nv.envp[i] >= hi)
			return 0;
	return nv.argv[nv.argc] == NULL && nv.envp[nv.envc] == NULL;
}

static void run_case(struct table_case *t)
{
	char got[512], msg[256];
	int r, i, good = 1;

	r = __zrt_nvram_parse(&nv, t->text.p ? t->text.p : "", t->text.n);
	snprintf(msg, sizeof(msg), "nvram:%d: %s", nv.error_line, nv.error);
	if (t->status == 0 && r != 0) {
		diag("%s (table line %d): wanted success, got %s", t->name, t->line, msg);
		good = 0;
	} else if (t->status == 1 && r == 0) {
		diag("%s (table line %d): wanted an error, got success", t->name, t->line);
		good = 0;
	}
	if (r == 0 && !strings_inside()) {
		diag("%s: a string points outside the struct, or a list is not NULL-ended",
		     t->name);
		good = 0;
	}
	for (i = 0; good && i < t->nheaders; i++) {
		char *c = t->headers[i];

		if (strncmp(c, "message: ", 9) == 0) {
			unescape(c + 9);
			if (r == 0 || strcmp(msg, c + 9) != 0) {
				diag("%s: wanted message: %s\n#   seen: %s", t->name, c + 9,
				     r == 0 ? "(success)" : msg);
				good = 0;
			}
		} else if (strncmp(c, "expect: ", 8) == 0) {
			char *f = c + 8, *eq = strchr(f, '=');

			if (eq == NULL)
				bail("%s:%d: write expect: FIELD=VALUE", NVRAM_TESTS, t->line);
			*eq = '\0';
			unescape(eq + 1);
			if (r != 0 || field(f, got, sizeof(got)) < 0 || strcmp(got, eq + 1) != 0) {
				diag("%s: %s: wanted \"%s\", seen \"%s\"", t->name, f, eq + 1,
				     r != 0			      ? "(parse failed)"
				     : field(f, got, sizeof(got)) < 0 ? "(no such field)"
								      : got);
				good = 0;
			}
			*eq = '=';
		}
	}
	ok(good, "%s", t->name);
}

/* The table.  Blank lines ending a case's text stay in it: the parser is
 * given them too. */
static const struct table_format table = {
    .path = NVRAM_TESTS,
    .keys = {"message: ", "expect: "},
    .expand = expand,
    .run = run_case,
};

static void c_checks(void)
{
	static char big[ZRT_NVRAM_MAX_SIZE + 1];
	const char *text = "[args]\nargs=a b\n";

	/* A second parse forgets the first. */
	is_int(0, __zrt_nvram_parse(&nv, "[env]\nname=A, value=1\n", 22), "parse with env");
	is_int(0, __zrt_nvram_parse(&nv, text, strlen(text)), "parse again");
	is_int(0, nv.envc, "... the second result has no env left from the first");
	/* The length is what counts, not a NUL: the parser must not read on. */
	is_int(0, __zrt_nvram_parse(&nv, "[args]\nargs=x\nGARBAGE", 14), "text ends at len");
	is_string("x", nv.argv[0], "... args from the first 14 bytes");
	is_int(0, __zrt_nvram_parse(&nv, NULL, 0), "empty text (NULL, 0)");
	is_int(0, nv.argc, "... no args");
	/* Exactly at the limit is fine; one byte more is not. */
	memset(big, '#', sizeof(big));
	big[0] = '#';
	is_int(0, __zrt_nvram_parse(&nv, big, ZRT_NVRAM_MAX_SIZE), "131072 bytes of comment");
	is_int(-1, __zrt_nvram_parse(&nv, big, ZRT_NVRAM_MAX_SIZE + 1), "131073 bytes");
	is_string("longer than 131072 bytes", nv.error, "... too long");
	/* The most words a command line of that size can have, "a a a ...". */
	{
		static char words[sizeof("[args]\nargs=") + ZRT_NVRAM_MAX_SIZE];
		size_t n = strlen(strcpy(words, "[args]\nargs="));

		while (n + 2 <= ZRT_NVRAM_MAX_SIZE) {
			words[n++] = 'a';
			words[n++] = ' ';
		}
		is_int(0, __zrt_nvram_parse(&nv, words, n), "a command line of one-letter words");
		is_int((int)(n - 12) / 2, nv.argc, "... every word counted");
		ok(nv.argv[nv.argc] == NULL, "... argv ends with NULL");
	}
	/* A second, shorter parse ends argv where its own words end. */
	is_int(0, __zrt_nvram_parse(&nv, text, strlen(text)), "parse a short one after it");
	is_int(2, nv.argc, "... two words");
	ok(nv.argv[2] == NULL, "... and argv[2] is NULL again");
}

int main(void)
{
	int n;

	plan_lazy();
	n = table_run(&table);
	if (n < 30)
		diag("only %d table cases", n);
	ok(n >= 30, "the table has at least 30 cases (%d)", n);
	c_checks();
	return 0;
}
