/*
 * table.h - reads a table of test cases kept as data beside a host-side
 * test (the idea of libseccomp's .tests files).
 *
 * A table is text.  Everything above the first "=== " line is commentary;
 * then each case is
 *
 *   === NAME                 starts the case
 *   status: N                the outcome wanted (obligatory)
 *   KEY: VALUE               other header lines, with keys the test names
 *   ---                      ends the headers
 *   text                     every line up to the next "=== " line
 *
 * Lines starting with "##" are comments anywhere; blank lines and lines
 * starting with '#' are comments among the headers.  A text line
 * "@repeat N LINE" stands for N copies of LINE.  How the text's escapes
 * expand is the test's own, given as a function, so each table keeps the
 * escapes its own header documents.  Host only: it uses getline().
 */
#ifndef TAP_TABLE_H
#define TAP_TABLE_H

#include <stddef.h>

#define TABLE_MAX_KEYS 8

/* A growing byte buffer, always NUL-terminated after its n bytes. */
struct table_buf {
	char *p;
	size_t n, cap;
};

void table_buf_add(struct table_buf *b, const void *s, size_t n);
void table_buf_addc(struct table_buf *b, char c);

/* The value of hex digit c, or -1 if it is not one. */
int table_hexval(char c);

/* One case, as given to the test's run function. */
struct table_case {
	char name[256];
	int line;	   /* the table line of its "===" */
	int status;	   /* the number after "status: " */
	char *headers[64]; /* the other header lines, kept whole, in order */
	int nheaders;
	struct table_buf text; /* the expanded text */
};

struct table_format {
	const char *path; /* the table, opened and named in messages */
	/* The header keys besides "status", each with its ": " ("error: ");
	 * slots left over are NULL.  Any other header line stops the run. */
	const char *keys[TABLE_MAX_KEYS];
	/* Expand one text line s into b, bailing on a bad escape (line is
	 * the table line, for the message).  index is the copy's number in
	 * an @repeat line, else -1.  Returns 0 if no newline should follow,
	 * 1 if one should. */
	int (*expand)(struct table_buf *b, const char *s, long index, int line);
	/* Nonzero: blank lines that end a case's text are dropped. */
	int trim_blank_lines;
	/* Called on each case once its text is read; the case is freed after. */
	void (*run)(struct table_case *c);
};

/* Read the table, running each case as it ends.  A table that cannot be
 * read or is malformed stops the whole test with bail().  Returns the
 * number of cases. */
int table_run(const struct table_format *fmt);

#endif
