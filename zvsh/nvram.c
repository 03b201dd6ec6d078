/*
 * nvram.c - write the nvram file, in ZeroVM's format: "[section]" lines,
 * then records of "key = value" pairs separated by commas, one record a
 * line.  Values are escaped so that no byte of an argument can end a
 * value, a record or a line early, or start a comment:
 *
 *	[args]
 *	args = cat.nexe -n my\x20file.txt
 *	[env]
 *	name = LANG, value = C.UTF-8
 *	[fstab]
 *	channel = /dev/image0, mountpoint = /, access = ro
 *	[mapping]
 *	channel = /dev/stdin, mode = pipe
 *	[time]
 *	seconds = 1700000000
 *	[stdin]
 *	offset = 0, report = /dev/stdin-offset
 *
 * [args] holds the whole command line, argv[0] first, split at spaces;
 * spaces inside an argument are escaped, and an empty argument is "".
 */
#define _GNU_SOURCE
#include "nvram.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

static int needs_escape(unsigned char c)
{
	return c <= ' ' || c >= 0x7f || c == '"' || c == '#' || c == ',' || c == '=' || c == '\\';
}

int nvram_escape(char *buf, size_t *len, size_t cap, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = *len;

	if (*s == '\0') {
		if (cap - n < 2)
			return -1;
		buf[n++] = '"';
		buf[n++] = '"';
	}
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (!needs_escape(c)) {
			if (cap - n < 1)
				return -1;
			buf[n++] = (char)c;
			continue;
		}
		if (cap - n < 4)
			return -1;
		buf[n++] = '\\';
		buf[n++] = 'x';
		buf[n++] = hex[c >> 4];
		buf[n++] = hex[c & 15];
	}
	*len = n;
	return 0;
}

struct out {
	char *buf;
	size_t len;
	size_t cap;
};

static void too_big(void)
{
	die(ZVSH_EXIT_ERROR,
	    "the arguments, environment and mounts take more than the %d bytes an nvram may "
	    "hold; pass large data through a file (--zvm-in) instead",
	    ZVSH_MAX_NVRAM);
}

static void too_many(const char *section, size_t n)
{
	if (n > ZVSH_MAX_NVRAM_RECORDS)
		die(ZVSH_EXIT_ERROR, "nvram's [%s] would have %zu records; it holds at most %d",
		    section, n, ZVSH_MAX_NVRAM_RECORDS);
}

static void __attribute__((format(printf, 2, 3))) put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= o->cap - o->len)
		too_big();
	o->len += (size_t)n;
}

static void put_value(struct out *o, const char *s)
{
	if (nvram_escape(o->buf, &o->len, o->cap, s) < 0)
		too_big();
}

static void write_all(const char *path, const char *buf, size_t len)
{
	size_t done = 0;
	ssize_t w;
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s", path);
	while (done < len) {
		w = write(fd, buf + done, len - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			die_errno(ZVSH_EXIT_ERROR, "%s", path);
		done += (size_t)w;
	}
	if (close(fd) < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s", path);
}

void nvram_write(const struct job *j, const char *path)
{
	static const char *const std[3] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
	struct out o = {xmalloc(ZVSH_MAX_NVRAM + 1), 0, ZVSH_MAX_NVRAM + 1};
	char *name = path_base(j->prog);
	size_t i, mapped = 3;
	int a;

	for (i = 0; i < j->nchan; i++)
		mapped += j->chan[i].mode != NULL;
	too_many("env", j->nenv);
	too_many("fstab", j->nmount);
	too_many("mapping", mapped);

	put(&o, "[args]\nargs = ");
	put_value(&o, name);
	for (a = 0; a < j->nargs; a++) {
		put(&o, " ");
		put_value(&o, j->args[a]);
	}
	put(&o, "\n");
	free(name);

	if (j->nenv > 0)
		put(&o, "[env]\n");
	for (i = 0; i < j->nenv; i++) {
		put(&o, "name = ");
		put_value(&o, j->env[i].name);
		put(&o, ", value = ");
		put_value(&o, j->env[i].value);
		put(&o, "\n");
	}

	if (j->nmount > 0)
		put(&o, "[fstab]\n");
	for (i = 0; i < j->nmount; i++) {
		put(&o, "channel = ");
		put_value(&o, j->chan[j->mount[i].chan].alias);
		put(&o, ", mountpoint = ");
		put_value(&o, j->mount[i].mountpoint);
		put(&o, ", access = %s\n", j->mount[i].wo ? "wo" : "ro");
	}

	/* What the standard streams and the mapped files really are, so
	 * that isatty() and stat() inside answer as they would outside. */
	put(&o, "[mapping]\n");
	for (i = 0; i < 3; i++) {
		put(&o, "channel = %s, mode = %s", std[i], j->stdmode[i]);
		if (j->stdfile[i] != NULL) {
			put(&o, ", file = ");
			put_value(&o, j->stdfile[i]);
		}
		put(&o, "\n");
	}
	for (i = 0; i < j->nchan; i++) {
		if (j->chan[i].mode == NULL)
			continue;
		put(&o, "channel = ");
		put_value(&o, j->chan[i].alias);
		put(&o, ", mode = %s\n", j->chan[i].mode);
	}

	if (j->have_time)
		put(&o, "[time]\nseconds = %lld\n", (long long)j->time);

	if (j->stdin_file)
		put(&o, "[stdin]\noffset = %lld, report = %s\n", (long long)j->stdin_start,
		    ZVSH_STDIN_REPORT_ALIAS);

	if (j->progcwd != NULL) {
		put(&o, "[cwd]\npath = ");
		put_value(&o, j->progcwd);
		put(&o, "\n");
	}

	if (o.len > ZVSH_MAX_NVRAM)
		too_big();
	write_all(path, o.buf, o.len);
	free(o.buf);
}
