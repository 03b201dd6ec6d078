/*
 * table.c - the case-table reader declared in table.h.
 *
 * A table is our own test data, so a malformed one is a bug in the test:
 * the reader bails, naming the table and the line, rather than skipping.
 */
#define _POSIX_C_SOURCE 200809L /* getline */

#include "table.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "basic.h"

void table_buf_add(struct table_buf *b, const void *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;

		while (b->n + n + 1 > cap)
			cap *= 2;
		b->p = realloc(b->p, cap);
		if (b->p == NULL)
			bail("out of memory");
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void table_buf_addc(struct table_buf *b, char c)
{
	table_buf_add(b, &c, 1);
}

int table_hexval(char c)
{
	static const char digits[] = "0123456789abcdef";
	const char *d = c != '\0' ? strchr(digits, tolower((unsigned char)c)) : NULL;

	return d != NULL ? (int)(d - digits) : -1;
}

static void add_text_line(const struct table_format *fmt, struct table_case *c, const char *line,
			  int lineno)
{
	if (strncmp(line, "@repeat ", 8) == 0) {
		char *rest;
		long count = strtol(line + 8, &rest, 10), i;

		if (rest == line + 8 || *rest != ' ' || count < 0)
			bail("%s:%d: write @repeat COUNT LINE", fmt->path, lineno);
		for (i = 0; i < count; i++)
			if (fmt->expand(&c->text, rest + 1, i, lineno))
				table_buf_addc(&c->text, '\n');
		return;
	}
	if (fmt->expand(&c->text, line, -1, lineno))
		table_buf_addc(&c->text, '\n');
}

static int is_key(const struct table_format *fmt, const char *line)
{
	const char *const *k;

	for (k = fmt->keys; k < fmt->keys + TABLE_MAX_KEYS && *k != NULL; k++)
		if (strncmp(line, *k, strlen(*k)) == 0)
			return 1;
	return 0;
}

/* Blank lines separate cases in a table that asks for it; a case that
 * wants trailing blank lines ends its last one with its no-newline escape
 * after an explicit one. */
static void trim_blank_lines(struct table_buf *b)
{
	while (b->n >= 2 && b->p[b->n - 1] == '\n' && b->p[b->n - 2] == '\n')
		b->n--;
	if (b->n == 1 && b->p[0] == '\n')
		b->n = 0;
}

static void end_case(const struct table_format *fmt, struct table_case *c)
{
	int i;

	if (c->status < 0)
		bail("%s:%d: case %s has no status:", fmt->path, c->line, c->name);
	if (fmt->trim_blank_lines)
		trim_blank_lines(&c->text);
	fmt->run(c);
	for (i = 0; i < c->nheaders; i++)
		free(c->headers[i]);
	free(c->text.p);
	memset(c, 0, sizeof(*c));
}

int table_run(const struct table_format *fmt)
{
	FILE *f = fopen(fmt->path, "r");
	struct table_case c;
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	int lineno = 0, in_case = 0, in_text = 0, ncases = 0;

	if (f == NULL)
		sysbail("cannot open %s", fmt->path);
	memset(&c, 0, sizeof(c));
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (got > 0 && line[got - 1] == '\n')
			line[--got] = '\0';
		if (strncmp(line, "=== ", 4) == 0) {
			if (in_case)
				end_case(fmt, &c);
			in_case = 1;
			in_text = 0;
			ncases++;
			c.status = -1;
			c.line = lineno;
			snprintf(c.name, sizeof(c.name), "%s", line + 4);
			continue;
		}
		if (!in_case || strncmp(line, "##", 2) == 0)
			continue; /* the commentary and section heads */
		if (in_text) {
			add_text_line(fmt, &c, line, lineno);
		} else if (strcmp(line, "---") == 0) {
			in_text = 1;
		} else if (line[0] == '#' || line[0] == '\0') {
			continue;
		} else if (strncmp(line, "status: ", 8) == 0) {
			c.status = atoi(line + 8);
		} else if (is_key(fmt, line)) {
			if (c.nheaders == (int)(sizeof(c.headers) / sizeof(c.headers[0])))
				bail("%s:%d: too many header lines", fmt->path, lineno);
			c.headers[c.nheaders] = strdup(line);
			if (c.headers[c.nheaders++] == NULL)
				bail("out of memory");
		} else {
			bail("%s:%d: unknown header: %s", fmt->path, lineno, line);
		}
	}
	if (ferror(f))
		sysbail("cannot read %s", fmt->path);
	if (in_case)
		end_case(fmt, &c);
	free(line);
	fclose(f);
	return ncases;
}
