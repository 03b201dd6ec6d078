/*
 * __zrt_nvram_parse.c - the nvram parser: text in, configuration out.
 *
 * The nvram comes from outside the program, so the parser is strict and
 * bounded: anything zrt-nvram(5) does not describe is an error naming the
 * line, never a guess.  It is a pure function (no allocation, no system
 * layer, only <string.h>) so that the host's unit test and fuzzer run the
 * very code a nexe runs.
 */
#include <stdarg.h>
#include <string.h>

#include "internal/nvram.h"

enum section {
	S_NONE,
	S_ARGS,
	S_ENV,
	S_FSTAB,
	S_MAPPING,
	S_TIME,
	S_DEBUG,
	S_RANDOM,
	S_CWD,
	S_STDIN,
	S_COUNT
};

static const char *const section_names[S_COUNT] = {
    "", "args", "env", "fstab", "mapping", "time", "debug", "random", "cwd", "stdin",
};

/* One key=value of a record, as raw text with the blanks around removed. */
struct pair {
	const char *key, *val;
	size_t keylen, vallen;
};

struct parser {
	struct __zrt_nvram *nv;
	int line;
	int section;
	int seen[S_COUNT];    /* the section's header was read */
	int records[S_COUNT]; /* records read in the section */
};

/* Record an error: the strings up to a NULL, concatenated and cut to
 * fit.  Returns -1 for the caller to return. */
static int fail(struct parser *ps, const char *part, ...)
{
	char *msg = ps->nv->error;
	size_t n = 0;
	va_list ap;

	va_start(ap, part);
	for (; part != NULL; part = va_arg(ap, const char *))
		for (; *part != '\0'; part++)
			if (n < sizeof(ps->nv->error) - 1)
				msg[n++] = *part;
	va_end(ap);
	msg[n] = '\0';
	ps->nv->error_line = ps->line;
	return -1;
}

/* A bounded, printable copy of untrusted text for a message: a key or a
 * section name can be anything up to the size limit. */
static const char *show(char *buf, size_t size, const char *s, size_t n)
{
	size_t i, max = size - 4;

	for (i = 0; i < n && i < max; i++)
		buf[i] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
	if (i < n)
		memcpy(buf + i, "...", 3), i += 3;
	buf[i] = '\0';
	return buf;
}

/* "\xHH" for byte b. */
static const char *hexbyte(char buf[5], unsigned char b)
{
	static const char digits[] = "0123456789abcdef";

	buf[0] = '\\';
	buf[1] = 'x';
	buf[2] = digits[b >> 4];
	buf[3] = digits[b & 15];
	buf[4] = '\0';
	return buf;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Take one byte of a value at s (n bytes left) into *out: an escape
 * \xHH or a plain byte.  Returns the bytes consumed, or -1. */
static int take_byte(struct parser *ps, const char *s, size_t n, char *out)
{
	int hi, lo;

	if (*s != '\\') {
		*out = *s;
		return 1;
	}
	if (n < 4 || s[1] != 'x' || (hi = hexval(s[2])) < 0 || (lo = hexval(s[3])) < 0)
		return fail(ps, "bad escape: write \\xHH, with two hex digits", (char *)NULL);
	if (hi == 0 && lo == 0)
		return fail(ps, "\\x00 is not allowed: values are C strings", (char *)NULL);
	*out = (char)(hi * 16 + lo);
	return 4;
}

/* Room for one more decoded byte.  The decoded text is never longer than
 * the input, so running out means a bug, reported rather than trusted. */
static int put(struct parser *ps, char c)
{
	struct __zrt_nvram *nv = ps->nv;

	if (nv->used >= sizeof(nv->strings))
		return fail(ps, "internal error: out of string space", (char *)NULL);
	nv->strings[nv->used++] = c;
	return 0;
}

/* Decode a value's escapes into the string space; *out is the C string.
 * Raw '"' are quote marks, as in args=: they are dropped and must pair up,
 * so that "" is an empty value.  A literal quote is written \x22. */
static int decode(struct parser *ps, const char *s, size_t n, char **out)
{
	char *start = ps->nv->strings + ps->nv->used;
	int quoted = 0;
	size_t i = 0;

	while (i < n) {
		char c;
		int k;

		if (s[i] == '"') {
			quoted = !quoted;
			i++;
			continue;
		}
		if ((k = take_byte(ps, s + i, n - i, &c)) < 0 || put(ps, c) < 0)
			return -1;
		i += (size_t)k;
	}
	if (quoted)
		return fail(ps, "a '\"' without its closing '\"'", (char *)NULL);
	if (put(ps, '\0') < 0)
		return -1;
	*out = start;
	return 0;
}

/* Split args= into words on raw blanks; "..." groups blanks into a word
 * and may be empty; escaped bytes (\x20, \x22) are always literal. */
static int split_args(struct parser *ps, const char *s, size_t n)
{
	struct __zrt_nvram *nv = ps->nv;
	int in_word = 0, quoted = 0;
	size_t i = 0;

	while (i < n) {
		char c;
		int k;

		if (s[i] == '"') {
			quoted = !quoted;
			if (!in_word) {
				if (nv->argc >= ZRT_NVRAM_MAX_ARGS)
					return fail(ps, "args= has too many words", (char *)NULL);
				nv->argv[nv->argc] = nv->strings + nv->used;
				in_word = 1;
			}
			i++;
			continue;
		}
		if (!quoted && is_blank(s[i])) {
			if (in_word) {
				if (put(ps, '\0') < 0)
					return -1;
				nv->argc++;
				in_word = 0;
			}
			i++;
			continue;
		}
		if ((k = take_byte(ps, s + i, n - i, &c)) < 0)
			return -1;
		if (!in_word) {
			if (nv->argc >= ZRT_NVRAM_MAX_ARGS)
				return fail(ps, "args= has too many words", (char *)NULL);
			nv->argv[nv->argc] = nv->strings + nv->used;
			in_word = 1;
		}
		if (put(ps, c) < 0)
			return -1;
		i += (size_t)k;
	}
	if (quoted)
		return fail(ps, "a '\"' without its closing '\"'", (char *)NULL);
	if (in_word) {
		if (put(ps, '\0') < 0)
			return -1;
		nv->argc++;
	}
	if (nv->argc == 0)
		return fail(ps, "args= is empty: it needs at least the program name", (char *)NULL);
	nv->argv[nv->argc] = NULL;
	return 0;
}

/* A decimal number without sign or blanks, at most max. */
static int parse_number(const char *s, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;

	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		uint64_t d = (uint64_t)(*s - '0');

		if (*s < '0' || *s > '9')
			return -1;
		if (v > max / 10 || (v == max / 10 && d > max % 10))
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

static int key_is(const struct pair *p, const char *name)
{
	return p->keylen == strlen(name) && memcmp(p->key, name, p->keylen) == 0;
}

/*
 * The value of key name in the record, decoded, or NULL (with *err == 0)
 * when it is absent.  The caller has already rejected unknown and repeated
 * keys.
 */
static char *value_of(struct parser *ps, const struct pair *pairs, int npairs, const char *name,
		      int *err)
{
	char *out = NULL;
	int i;

	for (i = 0; i < npairs; i++) {
		if (!key_is(&pairs[i], name))
			continue;
		if (decode(ps, pairs[i].val, pairs[i].vallen, &out) < 0) {
			*err = 1;
			return NULL;
		}
		return out;
	}
	return NULL;
}

/* Reject keys the section does not know and keys given twice. */
static int check_keys(struct parser *ps, const struct pair *pairs, int npairs,
		      const char *const *known)
{
	char buf[48];
	int i, j;

	for (i = 0; i < npairs; i++) {
		for (j = 0; known[j] != NULL; j++)
			if (key_is(&pairs[i], known[j]))
				break;
		if (known[j] == NULL)
			return fail(ps, "unknown key \"",
				    show(buf, sizeof(buf), pairs[i].key, pairs[i].keylen),
				    "\" in [", section_names[ps->section], "]", (char *)NULL);
		for (j = 0; j < i; j++)
			if (pairs[j].keylen == pairs[i].keylen &&
			    memcmp(pairs[j].key, pairs[i].key, pairs[i].keylen) == 0)
				return fail(ps, "key \"",
					    show(buf, sizeof(buf), pairs[i].key, pairs[i].keylen),
					    "\" given twice", (char *)NULL);
	}
	return 0;
}

/* A required key: present and decoded, or an error naming it. */
static char *required(struct parser *ps, const struct pair *pairs, int npairs, const char *name)
{
	int err = 0;
	char *v = value_of(ps, pairs, npairs, name, &err);

	if (v == NULL && !err)
		fail(ps, "missing ", name, "=", (char *)NULL);
	return v;
}

/* The checks of a section that takes one record: known keys only, given
 * once, and no second record. */
static int single_record(struct parser *ps, const struct pair *pairs, int npairs,
			 const char *const *known)
{
	if (check_keys(ps, pairs, npairs, known) < 0)
		return -1;
	if (ps->records[ps->section] > 1)
		return fail(ps, "[", section_names[ps->section], "] takes one record",
			    (char *)NULL);
	return 0;
}

static int do_args(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"args", NULL};

	if (single_record(ps, pairs, npairs, known) < 0)
		return -1;
	if (npairs != 1)
		return fail(ps, "missing args=", (char *)NULL);
	return split_args(ps, pairs[0].val, pairs[0].vallen);
}

static int do_env(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"name", "value", NULL};
	struct __zrt_nvram *nv = ps->nv;
	char *start = nv->strings + nv->used;
	char *name, *value;
	size_t namelen;
	int i;

	if (check_keys(ps, pairs, npairs, known) < 0)
		return -1;
	/* Decode name, then value right behind it, then turn the name's NUL
	 * into '=': "NAME=value" for environ without copying. */
	if ((name = required(ps, pairs, npairs, "name")) == NULL)
		return -1;
	if ((value = required(ps, pairs, npairs, "value")) == NULL)
		return -1;
	namelen = strlen(name);
	if (namelen == 0)
		return fail(ps, "name= is empty", (char *)NULL);
	if (strchr(name, '=') != NULL)
		return fail(ps, "name= cannot contain '='", (char *)NULL);
	if (value != name + namelen + 1)
		return fail(ps, "internal error: env strings out of order", (char *)NULL);
	name[namelen] = '=';
	for (i = 0; i < nv->envc; i++) {
		if (strncmp(nv->envp[i], start, namelen + 1) == 0) {
			char buf[48];

			start[namelen] = '\0';
			return fail(ps, "variable \"", show(buf, sizeof(buf), start, namelen),
				    "\" set twice", (char *)NULL);
		}
	}
	nv->envp[nv->envc++] = start;
	nv->envp[nv->envc] = NULL;
	return 0;
}

static int do_fstab(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"channel",	 "mountpoint", "access",
					    "removable", "fsname",     NULL};
	struct __zrt_nvram_fstab *f = &ps->nv->fstab[ps->nv->nfstab];
	char *access, *removable, *fsname;
	int err = 0;

	if (check_keys(ps, pairs, npairs, known) < 0)
		return -1;
	if ((f->channel = required(ps, pairs, npairs, "channel")) == NULL)
		return -1;
	if (f->channel[0] == '\0')
		return fail(ps, "channel= is empty", (char *)NULL);
	if ((f->mountpoint = required(ps, pairs, npairs, "mountpoint")) == NULL)
		return -1;
	if (f->mountpoint[0] != '/')
		return fail(ps, "mountpoint= must be an absolute path", (char *)NULL);
	if ((access = required(ps, pairs, npairs, "access")) == NULL)
		return -1;
	if (strcmp(access, "ro") == 0)
		f->access = ZRT_NVRAM_RO;
	else if (strcmp(access, "wo") == 0)
		f->access = ZRT_NVRAM_WO;
	else
		return fail(ps, "access= must be ro or wo", (char *)NULL);
	removable = value_of(ps, pairs, npairs, "removable", &err);
	if (err)
		return -1;
	if (removable == NULL || strcmp(removable, "no") == 0)
		f->removable = 0;
	else if (strcmp(removable, "yes") == 0)
		f->removable = 1;
	else
		return fail(ps, "removable= must be yes or no", (char *)NULL);
	fsname = value_of(ps, pairs, npairs, "fsname", &err);
	if (err)
		return -1;
	if (fsname != NULL && strcmp(fsname, "tar") != 0)
		return fail(ps, "fsname= must be tar", (char *)NULL);
	f->fsname = "tar";
	f->line = ps->line;
	ps->nv->nfstab++;
	return 0;
}

static int do_mapping(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"channel", "mode", "file", NULL};
	struct __zrt_nvram_mapping *m = &ps->nv->mapping[ps->nv->nmapping];
	char *mode;
	int err = 0;

	if (check_keys(ps, pairs, npairs, known) < 0)
		return -1;
	if ((m->channel = required(ps, pairs, npairs, "channel")) == NULL)
		return -1;
	if (m->channel[0] == '\0')
		return fail(ps, "channel= is empty", (char *)NULL);
	if ((mode = required(ps, pairs, npairs, "mode")) == NULL)
		return -1;
	if (strcmp(mode, "pipe") == 0)
		m->mode = ZRT_NVRAM_PIPE;
	else if (strcmp(mode, "char") == 0)
		m->mode = ZRT_NVRAM_CHAR;
	else if (strcmp(mode, "file") == 0)
		m->mode = ZRT_NVRAM_FILE;
	else
		return fail(ps, "mode= must be pipe, char or file", (char *)NULL);
	m->file = value_of(ps, pairs, npairs, "file", &err);
	if (err)
		return -1;
	if (m->file != NULL && m->file[0] != '/')
		return fail(ps, "file= must be an absolute path", (char *)NULL);
	m->line = ps->line;
	ps->nv->nmapping++;
	return 0;
}

/* [cwd]: one record, path=, an absolute path.  Whether it exists is
 * known only once the images are mounted. */
static int do_cwd(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"path", NULL};
	char *path;

	if (single_record(ps, pairs, npairs, known) < 0)
		return -1;
	if ((path = required(ps, pairs, npairs, "path")) == NULL)
		return -1;
	if (path[0] != '/')
		return fail(ps, "path= must be an absolute path", (char *)NULL);
	ps->nv->cwd = path;
	ps->nv->cwd_line = ps->line;
	return 0;
}

/* [stdin]: one record, offset= (a decimal offset) and report= (a channel
 * alias), each optional.  Whether /dev/stdin can start at the offset and
 * the report channel exists is for __zrt_init() to check against the
 * manifest. */
static int do_stdin(struct parser *ps, const struct pair *pairs, int npairs)
{
	static const char *const known[] = {"offset", "report", NULL};
	char *offset, *report;
	uint64_t v = 0;
	int err = 0;

	if (single_record(ps, pairs, npairs, known) < 0)
		return -1;
	offset = value_of(ps, pairs, npairs, "offset", &err);
	if (err)
		return -1;
	if (offset != NULL && parse_number(offset, INT64_MAX, &v) < 0)
		return fail(ps, "offset= must be a decimal number below 2^63", (char *)NULL);
	report = value_of(ps, pairs, npairs, "report", &err);
	if (err)
		return -1;
	if (report != NULL && report[0] == '\0')
		return fail(ps, "report= is empty", (char *)NULL);
	ps->nv->stdin_offset = (int64_t)v;
	ps->nv->stdin_report = report;
	ps->nv->stdin_line = ps->line;
	return 0;
}

/* [time], [debug] and [random]: one record with one numeric key. */
static int do_number(struct parser *ps, const struct pair *pairs, int npairs, const char *key,
		     uint64_t max, const char *range, uint64_t *out)
{
	const char *const known[] = {key, NULL};
	char *v;

	if (single_record(ps, pairs, npairs, known) < 0)
		return -1;
	if ((v = required(ps, pairs, npairs, key)) == NULL)
		return -1;
	if (parse_number(v, max, out) < 0)
		return fail(ps, key, "= must be ", range, (char *)NULL);
	return 0;
}

/* Split a record into its pairs.  A raw ',' always separates: a comma in
 * a value is written \x2c. */
static int split_record(struct parser *ps, const char *s, const char *e, struct pair *pairs)
{
	int n = 0;

	for (;;) {
		const char *eq = s, *end;

		while (eq < e && *eq != '=' && *eq != ',')
			eq++;
		if (eq == e || *eq != '=')
			return fail(ps, "expected key=value", (char *)NULL);
		if (n == ZRT_NVRAM_MAX_KEYS)
			return fail(ps, "more than 5 keys in a record", (char *)NULL);
		end = eq + 1;
		while (end < e && *end != ',')
			end++;
		pairs[n].key = s;
		pairs[n].keylen = (size_t)(eq - s);
		while (pairs[n].keylen > 0 && is_blank(pairs[n].key[pairs[n].keylen - 1]))
			pairs[n].keylen--;
		while (pairs[n].keylen > 0 && is_blank(*pairs[n].key))
			pairs[n].key++, pairs[n].keylen--;
		if (pairs[n].keylen == 0)
			return fail(ps, "a key is missing before '='", (char *)NULL);
		pairs[n].val = eq + 1;
		pairs[n].vallen = (size_t)(end - (eq + 1));
		while (pairs[n].vallen > 0 && is_blank(*pairs[n].val))
			pairs[n].val++, pairs[n].vallen--;
		while (pairs[n].vallen > 0 && is_blank(pairs[n].val[pairs[n].vallen - 1]))
			pairs[n].vallen--;
		n++;
		if (end == e)
			return n;
		s = end + 1;
	}
}

static int do_record(struct parser *ps, const char *s, const char *e)
{
	struct pair pairs[ZRT_NVRAM_MAX_KEYS];
	uint64_t v;
	int n;

	if (ps->section == S_NONE)
		return fail(ps, "a record before any [section]", (char *)NULL);
	if (++ps->records[ps->section] > ZRT_NVRAM_MAX_RECORDS)
		return fail(ps, "more than 100 records in [", section_names[ps->section], "]",
			    (char *)NULL);
	if ((n = split_record(ps, s, e, pairs)) < 0)
		return -1;
	switch (ps->section) {
	case S_ARGS:
		return do_args(ps, pairs, n);
	case S_ENV:
		return do_env(ps, pairs, n);
	case S_FSTAB:
		return do_fstab(ps, pairs, n);
	case S_MAPPING:
		return do_mapping(ps, pairs, n);
	case S_CWD:
		return do_cwd(ps, pairs, n);
	case S_STDIN:
		return do_stdin(ps, pairs, n);
	case S_TIME:
		/* Microseconds since 1970 must fit in an int64_t. */
		if (do_number(ps, pairs, n, "seconds", INT64_MAX / 1000000 - 1,
			      "a number of seconds since 1970, at most 9223372036853", &v) < 0)
			return -1;
		ps->nv->has_time = 1;
		ps->nv->seconds = (int64_t)v;
		return 0;
	case S_DEBUG:
		if (do_number(ps, pairs, n, "verbosity", 4, "0, 1, 2, 3 or 4", &v) < 0)
			return -1;
		ps->nv->verbosity = (int)v;
		return 0;
	default:
		if (do_number(ps, pairs, n, "seed", UINT64_MAX, "a decimal number below 2^64", &v) <
		    0)
			return -1;
		ps->nv->has_seed = 1;
		ps->nv->seed = v;
		return 0;
	}
}

static int do_header(struct parser *ps, const char *s, const char *e)
{
	char buf[48];
	int i;

	if (e[-1] != ']' || e - s < 3)
		return fail(ps, "a section line is [name] alone", (char *)NULL);
	for (i = 1; i < S_COUNT; i++)
		if ((size_t)(e - s - 2) == strlen(section_names[i]) &&
		    memcmp(s + 1, section_names[i], (size_t)(e - s - 2)) == 0)
			break;
	if (i == S_COUNT)
		return fail(ps, "unknown section [",
			    show(buf, sizeof(buf), s + 1, (size_t)(e - s - 2)), "]", (char *)NULL);
	if (ps->seen[i])
		return fail(ps, "section [", section_names[i], "] given twice", (char *)NULL);
	ps->seen[i] = 1;
	ps->section = i;
	return 0;
}

static int do_line(struct parser *ps, const char *s, const char *e)
{
	const char *p;

	/* Control bytes (CR included) can only be written as escapes, so a
	 * value never holds one by accident. */
	for (p = s; p < e; p++) {
		unsigned char b = (unsigned char)*p;
		char hex[5];

		if ((b < 0x20 && b != '\t') || b == 0x7f)
			return fail(ps, "control byte ", hexbyte(hex, b), ": write it as an escape",
				    (char *)NULL);
	}
	while (s < e && is_blank(*s))
		s++;
	while (e > s && is_blank(e[-1]))
		e--;
	if (s == e || *s == '#')
		return 0;
	if (*s == '[')
		return do_header(ps, s, e);
	return do_record(ps, s, e);
}

int __zrt_nvram_parse(struct __zrt_nvram *nv, const char *text, size_t len)
{
	struct parser ps;
	const char *s, *end;

	memset(nv, 0, offsetof(struct __zrt_nvram, argv));
	nv->argv[0] = NULL;
	memset(&ps, 0, sizeof(ps));
	ps.nv = nv;
	if (len == 0)
		return 0; /* an empty nvram says nothing (and text may be NULL) */
	if (len > ZRT_NVRAM_MAX_SIZE) {
		const char *p;

		/* Name the line the first byte too many is on. */
		ps.line = 1;
		for (p = text; p < text + ZRT_NVRAM_MAX_SIZE; p++)
			ps.line += *p == '\n';
		return fail(&ps, "longer than " ZRT_NVRAM_MAX_SIZE_TEXT " bytes", (char *)NULL);
	}
	s = text;
	end = text + len;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *e = nl != NULL ? nl : end;

		ps.line++;
		if (do_line(&ps, s, e) < 0)
			return -1;
		s = nl != NULL ? nl + 1 : end;
	}
	return 0;
}
