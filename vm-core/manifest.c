/*
 * manifest.c - the strict parser for ZeroVM manifests (zerovm-manifest(5)).
 *
 * The manifest comes from whoever submits the job and is read before
 * anything is confined, so it is treated as hostile: every length and count
 * is bounded before it is used, numbers are converted by hand with overflow
 * checks, and the first problem found ends the parse with one line that
 * names the file, the line and the key.  Nothing here touches the file
 * system, prints, exits or keeps state between calls, so the parser can be
 * driven from a table of cases and from a fuzzer.  Checks that need the
 * file system (does a path exist, what kind of file is it) belong to the
 * channel stage.
 */
#include "manifest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zvm.h"

/* manifest.h spells its memory bounds out rather than depend on zvm.h;
 * check here that they agree with the memory map. */
_Static_assert(MANIFEST_MIN_MEMORY == ZVM_STACK_SIZE + ZVM_PAGE_SIZE,
	       "MANIFEST_MIN_MEMORY must be the stack plus one heap page");
_Static_assert(MANIFEST_MAX_MEMORY == ZVM_USER_END, "Memory is bounded by user memory");

/* How much of a bad value an error message shows.  Values may be half a
 * megabyte long and hold any byte, and the message must stay one short
 * line on a terminal. */
#define QUOTE_MAX 48
#define QUOTE_BUF (QUOTE_MAX * 4 + 48)

/* A piece of the manifest text: not NUL-terminated, so never passed to a
 * string function before span_dup(). */
struct span {
	const char *p;
	size_t n;
};

/* The keys, as data.  The order of the obligatory ones is the order in which
 * a missing one is reported. */
enum key {
	KEY_VERSION,
	KEY_PROGRAM,
	KEY_MEMORY,
	KEY_TIMEOUT,
	KEY_CHANNEL,
	KEY_NAMESERVER,
	KEY_NODE,
	KEY_JOB,
	KEY_ETAG,
	KEY_COUNT
};

#define OBLIGATORY  1u
#define SINGLETON   2u
#define UNSUPPORTED 4u /* refused: the feature behind it is not built yet */

struct parse;
typedef int (*value_fn)(struct parse *p, struct span value);

struct key_def {
	const char *name;
	unsigned flags;
	value_fn parse; /* NULL: the value is accepted and ignored */
};

/* Everything one call of manifest_parse() works on.  It lives on that
 * call's stack, so the parser has no state of its own. */
struct parse {
	struct manifest *m;
	const char *name; /* file name for messages */
	char *err;
	size_t errlen;
	int line;	     /* line being parsed; 0 for whole-file problems */
	const char *key;     /* key being parsed, for messages */
	int seen[KEY_COUNT]; /* line where each key first appeared, or 0 */
	size_t chancap;	     /* slots allocated in m->channels */
};

static int parse_version(struct parse *p, struct span v);
static int parse_program(struct parse *p, struct span v);
static int parse_memory(struct parse *p, struct span v);
static int parse_timeout(struct parse *p, struct span v);
static int parse_channel(struct parse *p, struct span v);

/* The table is laid out by hand: clang-format would indent it by spaces. */
/* clang-format off */
static const struct key_def keys[KEY_COUNT] = {
	[KEY_VERSION] = {"Version", OBLIGATORY | SINGLETON, parse_version},
	[KEY_PROGRAM] = {"Program", OBLIGATORY | SINGLETON, parse_program},
	[KEY_MEMORY] = {"Memory", OBLIGATORY | SINGLETON, parse_memory},
	[KEY_TIMEOUT] = {"Timeout", OBLIGATORY | SINGLETON, parse_timeout},
	[KEY_CHANNEL] = {"Channel", OBLIGATORY, parse_channel},
	[KEY_NAMESERVER] = {"NameServer", SINGLETON | UNSUPPORTED, NULL},
	[KEY_NODE] = {"Node", SINGLETON | UNSUPPORTED, NULL},
	[KEY_JOB] = {"Job", SINGLETON | UNSUPPORTED, NULL},
	/* Tolerated for older manifests: here the etag flags of Memory
	 * and of each Channel say what is hashed. */
	[KEY_ETAG] = {"Etag", SINGLETON, NULL},
};
/* clang-format on */

/* The three channels every session has, in descriptor order. */
static const char *const std_aliases[3] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};

/* ---- spans ---- */

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Trimming \r as white space is what makes CRLF manifests parse. */
static struct span trim(struct span s)
{
	while (s.n > 0 && is_space(s.p[0])) {
		s.p++;
		s.n--;
	}
	while (s.n > 0 && is_space(s.p[s.n - 1]))
		s.n--;
	return s;
}

static int span_is(struct span s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n == n && memcmp(s.p, lit, n) == 0;
}

static int span_starts(struct span s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n >= n && memcmp(s.p, lit, n) == 0;
}

static size_t span_count(struct span s, char c)
{
	size_t i, k = 0;

	for (i = 0; i < s.n; i++)
		k += s.p[i] == c;
	return k;
}

/* Return the part of *rest before the first c and leave *rest after it;
 * with no c, return all of *rest and leave it empty. */
static struct span cut(struct span *rest, char c)
{
	const char *at = rest->n ? memchr(rest->p, c, rest->n) : NULL;
	struct span head = *rest;

	if (at == NULL) {
		rest->p += rest->n;
		rest->n = 0;
		return head;
	}
	head.n = (size_t)(at - rest->p);
	rest->n -= head.n + 1;
	rest->p = at + 1;
	return head;
}

static char *span_dup(struct span s)
{
	char *d = malloc(s.n + 1);

	if (d != NULL) {
		memcpy(d, s.p, s.n);
		d[s.n] = '\0';
	}
	return d;
}

/* ---- messages ---- */

/* A bounded writer into the caller's err buffer: it truncates instead of
 * overflowing and keeps the buffer NUL-terminated after every byte. */
struct msg {
	char *buf;
	size_t cap;
	size_t len;
};

static void msg_putc(struct msg *o, char c)
{
	if (o->len + 1 < o->cap) {
		o->buf[o->len++] = c;
		o->buf[o->len] = '\0';
	}
}

static void msg_puts(struct msg *o, const char *s)
{
	while (*s != '\0')
		msg_putc(o, *s++);
}

/* Bytes a terminal would act on, and the quote and escape characters
 * themselves, become \xHH, so a message is always one printable line. */
static void msg_escaped(struct msg *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
			msg_putc(o, '\\');
			msg_putc(o, 'x');
			msg_putc(o, hex[c >> 4]);
			msg_putc(o, hex[c & 15]);
		} else {
			msg_putc(o, (char)c);
		}
	}
}

/* Render a value for a message: quoted, escaped, and cut to QUOTE_MAX bytes
 * with its real length said, so a huge value cannot crowd out the rest. */
static const char *quote(char *buf, struct span s)
{
	struct msg o = {buf, QUOTE_BUF, 0};
	char tail[48];

	buf[0] = '\0';
	msg_putc(&o, '"');
	msg_escaped(&o, s.p, s.n < QUOTE_MAX ? s.n : QUOTE_MAX);
	msg_putc(&o, '"');
	if (s.n > QUOTE_MAX) {
		snprintf(tail, sizeof(tail), "... (%zu bytes)", s.n);
		msg_puts(&o, tail);
	}
	return buf;
}

static int fail(struct parse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Write the one-line error, "NAME:LINE: KEY: what", and return -1 so that
 * callers can say "return fail(...)". */
static int fail(struct parse *p, const char *fmt, ...)
{
	struct msg o = {p->err, p->errlen, 0};
	char text[512];
	va_list ap;

	if (o.cap == 0)
		return -1;
	o.buf[0] = '\0';
	msg_escaped(&o, p->name, strlen(p->name));
	if (p->line > 0) {
		snprintf(text, sizeof(text), ":%d", p->line);
		msg_puts(&o, text);
	}
	msg_puts(&o, ": ");
	if (p->line > 0 && p->key != NULL) {
		msg_puts(&o, p->key);
		msg_puts(&o, ": ");
	}
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	msg_puts(&o, text);
	return -1;
}

/* ---- numbers ---- */

enum { NUM_OK, NUM_BAD, NUM_RANGE };

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Read a whole token as strtoll(s, &end, 0) reads a number - optional sign,
 * then 0x hex, 0 octal or decimal - but refuse what strtoll lets through
 * quietly: an empty token, a bare sign or "0x", trailing bytes, and values
 * that do not fit in int64_t.  Done by hand so that no errno is involved.
 */
static int parse_int64(struct span s, int64_t *out)
{
	const char *q = s.p, *end = s.p + s.n;
	uint64_t v = 0, limit;
	unsigned base = 10;
	int neg = 0, overflow = 0;

	if (q < end && (*q == '+' || *q == '-')) {
		neg = *q == '-';
		q++;
	}
	if (end - q >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
		base = 16;
		q += 2;
	} else if (q < end && q[0] == '0') {
		base = 8;
	}
	if (q == end)
		return NUM_BAD;
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (; q < end; q++) {
		int d = digit_value(*q);

		if (d < 0 || (unsigned)d >= base)
			return NUM_BAD;
		/* Keep scanning after an overflow, so that a long run of
		 * digits followed by junk is called not a number, which is
		 * the more useful thing to hear about it. */
		if (v > (limit - (unsigned)d) / base)
			overflow = 1;
		else
			v = v * base + (unsigned)d;
	}
	if (overflow)
		return NUM_RANGE;
	if (!neg)
		*out = (int64_t)v;
	else if (v == (uint64_t)INT64_MAX + 1)
		*out = INT64_MIN;
	else
		*out = -(int64_t)v;
	return NUM_OK;
}

/* Convert one field named what and check it is within min..max. */
static int get_number(struct parse *p, const char *what, struct span s, int64_t min, int64_t max,
		      int64_t *out)
{
	char q[QUOTE_BUF];
	int64_t v = 0;

	switch (parse_int64(s, &v)) {
	case NUM_BAD:
		return fail(p, "%s is not a number: %s", what, quote(q, s));
	case NUM_RANGE:
		return fail(p, "%s does not fit in 64 bits: %s", what, quote(q, s));
	}
	if (v < min || v > max) {
		if (min == 0 && max == 1)
			return fail(p, "%s must be 0 or 1, got %lld", what, (long long)v);
		if (max == INT64_MAX)
			return fail(p, "%s must be at least %lld, got %lld", what, (long long)min,
				    (long long)v);
		return fail(p, "%s must be %lld..%lld, got %lld", what, (long long)min,
			    (long long)max, (long long)v);
	}
	*out = v;
	return 0;
}

/* ---- values ---- */

static int parse_version(struct parse *p, struct span v)
{
	char q[QUOTE_BUF];

	if (!span_is(v, MANIFEST_VERSION))
		return fail(p, "must be %s, got %s", MANIFEST_VERSION, quote(q, v));
	p->m->version = span_dup(v);
	if (p->m->version == NULL)
		return fail(p, "out of memory");
	return 0;
}

static int parse_program(struct parse *p, struct span v)
{
	/* A relative path is allowed: zerovm opens it from its working
	 * directory, as a shell would. */
	if (v.n > MANIFEST_MAX_PATH)
		return fail(p, "path is longer than %d bytes (%zu)", MANIFEST_MAX_PATH, v.n);
	p->m->program = span_dup(v);
	if (p->m->program == NULL)
		return fail(p, "out of memory");
	p->m->program_line = p->line;
	return 0;
}

static int parse_memory(struct parse *p, struct span v)
{
	size_t fields = span_count(v, ',') + 1;
	struct span size, etag;
	int64_t bytes, flag;

	if (fields != 2)
		return fail(p, "expected 2 comma-separated fields (size, etag flag), got %zu",
			    fields);
	size = trim(cut(&v, ','));
	etag = trim(v);
	if (get_number(p, "size", size, 1, (int64_t)MANIFEST_MAX_MEMORY, &bytes) < 0)
		return -1;
	if ((uint64_t)bytes < MANIFEST_MIN_MEMORY)
		return fail(p,
			    "size %lld cannot hold the %llu-byte stack and one %llu-byte heap "
			    "page; it must be at least %llu",
			    (long long)bytes, ZVM_STACK_SIZE, ZVM_PAGE_SIZE, MANIFEST_MIN_MEMORY);
	if (get_number(p, "etag flag", etag, 0, 1, &flag) < 0)
		return -1;
	p->m->memory = (uint64_t)bytes;
	p->m->memory_etag = (int)flag;
	p->m->memory_line = p->line;
	return 0;
}

static int parse_timeout(struct parse *p, struct span v)
{
	int64_t t;

	if (get_number(p, "seconds", v, 1, MANIFEST_MAX_TIMEOUT, &t) < 0)
		return -1;
	p->m->timeout = t;
	p->m->timeout_line = p->line;
	return 0;
}

/* Say what is wrong with an alias, or NULL.  Aliases name files in the
 * nexe's /dev, so beyond the format's rules (the /dev/ prefix, no blanks)
 * they must be plain printable paths without empty, "." or ".." parts:
 * anything else would name a different file than it seems to. */
static const char *alias_problem(struct span a)
{
	size_t i;

	if (a.n > MANIFEST_MAX_ALIAS)
		return "is longer than 1024 bytes";
	if (!span_starts(a, "/dev/"))
		return "must start with /dev/";
	if (a.n == 5)
		return "names nothing after /dev/";
	for (i = 0; i < a.n; i++)
		if ((unsigned char)a.p[i] <= 0x20 || (unsigned char)a.p[i] >= 0x7f)
			return "contains white space or a control or non-ASCII byte";
	for (i = 4; i < a.n; i++) {
		size_t len;

		if (a.p[i] != '/')
			continue;
		/* length of the part after this slash */
		len = 0;
		while (i + 1 + len < a.n && a.p[i + 1 + len] != '/')
			len++;
		if (len == 0 || (len == 1 && a.p[i + 1] == '.') ||
		    (len == 2 && a.p[i + 1] == '.' && a.p[i + 2] == '.'))
			return "has an empty, \".\" or \"..\" part";
	}
	return NULL;
}

static int add_uris(struct parse *p, struct manifest_channel *c, struct span list)
{
	char q[QUOTE_BUF];

	/* The caller has checked the whole value holds at most
	 * MANIFEST_MAX_TOKENS ';'-separated tokens, so this list does too. */
	while (c->nuris < MANIFEST_MAX_TOKENS) {
		int last = memchr(list.p, ';', list.n) == NULL;
		struct span u = trim(cut(&list, ';'));

		if (u.n == 0)
			return fail(p, "empty URI in the URI list");
		if (span_starts(u, "tcp:"))
			return fail(p, "network channels are not supported yet: %s", quote(q, u));
		if (u.p[0] != '/')
			return fail(p, "URI must be an absolute host path: %s", quote(q, u));
		if (u.n > MANIFEST_MAX_PATH)
			return fail(p, "URI is longer than %d bytes (%zu)", MANIFEST_MAX_PATH, u.n);
		c->uris[c->nuris] = span_dup(u);
		if (c->uris[c->nuris] == NULL)
			return fail(p, "out of memory");
		c->nuris++;
		if (last)
			return 0;
	}
	return fail(p, "more than %d URIs", MANIFEST_MAX_TOKENS);
}

static int parse_channel(struct parse *p, struct span v)
{
	static const char *const limit_names[4] = {"gets limit", "get size limit", "puts limit",
						   "put size limit"};
	struct manifest *m = p->m;
	struct manifest_channel *c;
	size_t fields = span_count(v, ',') + 1;
	struct span alias;
	const char *why;
	char q[QUOTE_BUF];
	int64_t n;
	int i;

	if (fields != 8)
		return fail(p,
			    "expected 8 comma-separated fields (URIs, alias, type, etag flag, "
			    "gets, get size, puts, put size), got %zu",
			    fields);
	if (m->nchannels == MANIFEST_MAX_CHANNELS)
		return fail(p, "more than %d channels", MANIFEST_MAX_CHANNELS);
	if (m->nchannels == p->chancap) {
		size_t cap = p->chancap ? p->chancap * 2 : 8;
		struct manifest_channel *grown;

		if (cap > MANIFEST_MAX_CHANNELS)
			cap = MANIFEST_MAX_CHANNELS;
		grown = realloc(m->channels, cap * sizeof(*grown));
		if (grown == NULL)
			return fail(p, "out of memory");
		m->channels = grown;
		p->chancap = cap;
	}
	/* Count the slot in before filling it, so that manifest_free()
	 * releases a half-built channel on the error paths below. */
	c = &m->channels[m->nchannels++];
	memset(c, 0, sizeof(*c));
	c->line = p->line;

	if (add_uris(p, c, trim(cut(&v, ','))) < 0)
		return -1;
	alias = trim(cut(&v, ','));
	why = alias_problem(alias);
	if (why != NULL)
		return fail(p, "alias %s %s", quote(q, alias), why);
	c->alias = span_dup(alias);
	if (c->alias == NULL)
		return fail(p, "out of memory");
	if (get_number(p, "type", trim(cut(&v, ',')), 0, 3, &n) < 0)
		return -1;
	c->type = (int)n;
	if (get_number(p, "etag flag", trim(cut(&v, ',')), 0, 1, &n) < 0)
		return -1;
	c->etag = (int)n;
	for (i = 0; i < 4; i++) {
		struct span limit = trim(cut(&v, ','));

		if (get_number(p, limit_names[i], limit, 0, INT64_MAX, &c->limits[i]) < 0)
			return -1;
	}
	return 0;
}

/* ---- lines ---- */

/*
 * A line is a key line when it splits on '=' into exactly two non-empty
 * tokens; anything else is a comment ("== x ==").  One refinement makes the
 * parser stricter than that rule alone: a line that starts with a known key
 * and '=' but has an empty value or a second '=' is an error, not a comment,
 * because silently dropping "Channel = /data/a=b, ..." or "Program =" would
 * run a different job than the one written.
 */
static int parse_line(struct parse *p, struct span line)
{
	struct span rest = line, name, value;
	size_t tokens;
	int k;

	if (memchr(line.p, '=', line.n) == NULL)
		return 0;
	name = trim(cut(&rest, '='));
	if (name.n == 0)
		return 0;
	for (k = 0; k < KEY_COUNT; k++)
		if (span_is(name, keys[k].name))
			break;
	if (k == KEY_COUNT)
		return 0; /* unknown keys are ignored, as the format asks */
	p->key = keys[k].name;
	if (memchr(rest.p, '=', rest.n) != NULL)
		return fail(p, "the value contains '=', which is not allowed");
	value = trim(rest);
	if (value.n == 0)
		return fail(p, "empty value");
	tokens = span_count(value, ';') + 1;
	if (tokens > MANIFEST_MAX_TOKENS)
		return fail(p, "more than %d ';'-separated tokens (%zu)", MANIFEST_MAX_TOKENS,
			    tokens);
	if ((keys[k].flags & SINGLETON) && p->seen[k] != 0)
		return fail(p, "duplicate key (first on line %d)", p->seen[k]);
	if (p->seen[k] == 0)
		p->seen[k] = p->line;
	if (keys[k].flags & UNSUPPORTED)
		return fail(p, "not supported yet");
	return keys[k].parse != NULL ? keys[k].parse(p, value) : 0;
}

/* ---- channel order ---- */

static int std_rank(const char *alias)
{
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(alias, std_aliases[i]) == 0)
			return i;
	return 3;
}

/* Descriptor order: the std three first, then by alias; the line breaks
 * ties between duplicates so that the order is total and the error about
 * them names the same line on every run. */
static int channel_order(const void *a, const void *b)
{
	const struct manifest_channel *x = a, *y = b;
	int rx = std_rank(x->alias), ry = std_rank(y->alias), d;

	if (rx != ry)
		return rx - ry;
	d = strcmp(x->alias, y->alias);
	if (d != 0)
		return d;
	return (x->line > y->line) - (x->line < y->line);
}

/* Sort the channels into descriptor order and check the aliases: each once,
 * and the std three present. */
static int order_channels(struct parse *p)
{
	struct manifest *m = p->m;
	struct manifest_channel *c = m->channels;
	size_t i, first = 0, dup = 0, dup_first = 0;
	char q[QUOTE_BUF];

	qsort(c, m->nchannels, sizeof(*c), channel_order);

	/* Of all repeated aliases, report the repeat that comes first in
	 * the file, as a reader going down it would meet it. */
	for (i = 1; i < m->nchannels; i++) {
		if (strcmp(c[i].alias, c[first].alias) != 0) {
			first = i;
			continue;
		}
		if (dup == 0 || c[i].line < c[dup].line) {
			dup = i;
			dup_first = first;
		}
	}
	if (dup != 0) {
		struct span a = {c[dup].alias, strlen(c[dup].alias)};

		p->line = c[dup].line;
		p->key = keys[KEY_CHANNEL].name;
		return fail(p, "duplicate alias %s (first on line %d)", quote(q, a),
			    c[dup_first].line);
	}
	for (i = 0; i < 3; i++) {
		if (i >= m->nchannels || strcmp(c[i].alias, std_aliases[i]) != 0) {
			p->line = 0;
			return fail(p, "missing channel %s", std_aliases[i]);
		}
	}
	return 0;
}

/* ---- the whole file ---- */

static int parse_text(struct parse *p, const char *text, size_t len)
{
	const char *nul;
	size_t pos, lines;
	int k;

	if (len == 0)
		return fail(p, "file is empty");
	if (len > MANIFEST_MAX_BYTES)
		return fail(p, "file is larger than %d bytes (it has %zu)", MANIFEST_MAX_BYTES,
			    len);
	nul = memchr(text, '\0', len);
	if (nul != NULL) {
		const char *bol = nul;

		while (bol > text && bol[-1] != '\n')
			bol--;
		p->line = (int)span_count((struct span){text, (size_t)(nul - text)}, '\n') + 1;
		return fail(p, "NUL byte at column %zu", (size_t)(nul - bol) + 1);
	}
	lines = span_count((struct span){text, len}, '\n') + (text[len - 1] != '\n');
	if (lines > MANIFEST_MAX_LINES)
		return fail(p, "file has more than %d lines (it has %zu)", MANIFEST_MAX_LINES,
			    lines);

	for (pos = 0, p->line = 1; pos < len; p->line++) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl != NULL ? (size_t)(nl - text) : len;

		p->key = NULL;
		if (parse_line(p, (struct span){text + pos, end - pos}) < 0)
			return -1;
		pos = end + 1;
	}

	p->line = 0;
	for (k = 0; k < KEY_COUNT; k++)
		if ((keys[k].flags & OBLIGATORY) && p->seen[k] == 0)
			return fail(p, "missing obligatory key %s", keys[k].name);
	return order_channels(p);
}

int manifest_parse(struct manifest *m, const char *name, const char *text, size_t len, char *err,
		   size_t errlen)
{
	struct parse p;

	memset(m, 0, sizeof(*m));
	memset(&p, 0, sizeof(p));
	p.m = m;
	p.name = name != NULL ? name : "manifest";
	p.err = err;
	p.errlen = err != NULL ? errlen : 0;
	if (p.errlen > 0)
		err[0] = '\0';
	if (text == NULL)
		len = 0;
	if (parse_text(&p, text, len) < 0) {
		manifest_free(m);
		return -1;
	}
	return 0;
}

void manifest_free(struct manifest *m)
{
	size_t i;
	int j;

	if (m == NULL)
		return;
	for (i = 0; i < m->nchannels; i++) {
		for (j = 0; j < MANIFEST_MAX_TOKENS; j++)
			free(m->channels[i].uris[j]);
		free(m->channels[i].alias);
	}
	free(m->channels);
	free(m->version);
	free(m->program);
	memset(m, 0, sizeof(*m));
}
