/*
 * outcome.c - read zerovm's report and decide what zvsh exits with.
 *
 * A session that ends ok exits with the program's return code, 0..255 as
 * the shell has it.  Every other ending maps to a status the shell world
 * already reads the same way: 124 for a timeout (timeout(1)), 126 and 127
 * for a program that cannot run or does not exist, 128+N for an ending by
 * signal N, 125 for anything else.  A program can return those numbers
 * too, so --zvm-status names the class in words (zvsh(1)).
 */
#define _GNU_SOURCE
#include "outcome.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

/* zerovm's exit statuses (zerovm(1)). */
enum {
	ZEROVM_OK = 0,
	ZEROVM_PROGRAM = 4,
	ZEROVM_TIMEOUT = 6,
	ZEROVM_KILLED = 7,
	ZEROVM_INTERRUPT = 8
};

#define REPORT_MAX (1 << 20)

/* The report's lines, NUL-terminated in place; the count, or -1. */
static int report_lines(char *text, char **line, int max)
{
	int n = 0;
	char *p = text, *nl;

	while (*p != '\0' && n < max) {
		line[n++] = p;
		nl = strchr(p, '\n');
		if (nl == NULL)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	return n;
}

static char *read_report(const char *path, size_t *len)
{
	char *buf = xmalloc(REPORT_MAX + 1);
	size_t n = 0;
	ssize_t r;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);

	if (fd < 0) {
		free(buf);
		return NULL;
	}
	while (n < REPORT_MAX && (r = read(fd, buf + n, REPORT_MAX - n)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* A number at the start of s (after prefix), 1..max, or -1. */
static long number_after(const char *s, const char *prefix, long max)
{
	size_t n = strlen(prefix);
	char *end;
	long v;

	if (strncmp(s, prefix, n) != 0)
		return -1;
	errno = 0;
	v = strtol(s + n, &end, 10);
	if (errno != 0 || end == s + n || v < 1 || v > max || (*end != ' ' && *end != '\0'))
		return -1;
	return v;
}

static void set(struct outcome *o, enum outcome_class class, long long value, int status)
{
	o->class = class;
	o->value = value;
	o->status = status;
}

void outcome_of_status(struct outcome *o, int status)
{
	switch (status) {
	case ZVSH_EXIT_TIMEOUT:
		set(o, OUTCOME_TIMEOUT, 0, status);
		break;
	case ZVSH_EXIT_REFUSED:
		set(o, OUTCOME_REFUSED, 0, status);
		break;
	case ZVSH_EXIT_MISSING:
		set(o, OUTCOME_MISSING, 0, status);
		break;
	default:
		set(o, OUTCOME_ERROR, 0, ZVSH_EXIT_ERROR);
	}
}

/* Classify an ending from the report's exit state (line 6). */
static void from_state(struct outcome *o, int zerovm_status, const char *state)
{
	long n;

	if (zerovm_status == ZEROVM_TIMEOUT) {
		set(o, OUTCOME_TIMEOUT, 0, ZVSH_EXIT_TIMEOUT);
	} else if (zerovm_status == ZEROVM_KILLED && state != NULL &&
		   (n = number_after(state, "forbidden system call ", 100000)) >= 0) {
		/* What the kernel's seccomp would have done: SIGSYS. */
		set(o, OUTCOME_SYSCALL, n, ZVSH_EXIT_SIGNAL + SIGSYS);
	} else if (zerovm_status == ZEROVM_KILLED && state != NULL &&
		   (n = number_after(state, "Signal ", 64)) >= 0) {
		set(o, OUTCOME_SIGNAL, n, ZVSH_EXIT_SIGNAL + (int)n);
	} else if (zerovm_status == ZEROVM_INTERRUPT && state != NULL &&
		   (n = number_after(state, "zerovm got signal ", 64)) >= 0) {
		set(o, OUTCOME_INTERRUPTED, n, ZVSH_EXIT_SIGNAL + (int)n);
	} else if (zerovm_status == ZEROVM_PROGRAM) {
		set(o, OUTCOME_REFUSED, 0, ZVSH_EXIT_REFUSED);
	} else {
		set(o, OUTCOME_ERROR, 0, ZVSH_EXIT_ERROR);
	}
}

void outcome_of_run(struct outcome *o, const struct run_result *r, const char *report_path,
		    int show)
{
	size_t len = 0;
	char *text = read_report(report_path, &len), *line[7];
	int nlines = 0;

	if (text != NULL && show && len > 0) {
		/* As zerovm wrote it, in one piece. */
		if (write(STDERR_FILENO, text, len) < 0)
			say("cannot print the report: %s", strerror(errno));
	}
	if (text != NULL)
		nlines = report_lines(text, line, 7);

	if (r->signal != 0) {
		/* zvsh was told to stop: that is the ending, whatever zerovm
		 * managed before it heard. */
		set(o, OUTCOME_INTERRUPTED, r->signal, ZVSH_EXIT_SIGNAL + r->signal);
		if (nlines >= 6 && strcmp(line[5], "ok") != 0)
			say("%s", line[5]);
	} else if (!r->exited) {
		set(o, OUTCOME_ERROR, 0, ZVSH_EXIT_ERROR);
		say("zerovm was killed by signal %d", r->status);
	} else if (r->status == ZEROVM_OK) {
		char *end;
		long long code;

		errno = 0;
		code = nlines >= 6 ? strtoll(line[2], &end, 10) : 0;
		if (nlines < 6 || strcmp(line[5], "ok") != 0 || errno != 0 || end == line[2] ||
		    *end != '\0' || code < INT32_MIN || code > INT32_MAX) {
			set(o, OUTCOME_ERROR, 0, ZVSH_EXIT_ERROR);
			say("zerovm's report %s is missing or malformed", report_path);
		} else {
			set(o, OUTCOME_EXIT, code, (int)(code & 255));
		}
	} else {
		/* zerovm printed its own error when there is no report. */
		from_state(o, r->status, nlines >= 6 ? line[5] : NULL);
		if (nlines >= 6)
			say("%s", line[5]);
	}
	free(text);
}

static const char *class_name(enum outcome_class c)
{
	switch (c) {
	case OUTCOME_EXIT:
		return "exit";
	case OUTCOME_TIMEOUT:
		return "timeout";
	case OUTCOME_SIGNAL:
		return "signal";
	case OUTCOME_SYSCALL:
		return "syscall";
	case OUTCOME_INTERRUPTED:
		return "interrupted";
	case OUTCOME_REFUSED:
		return "refused";
	case OUTCOME_MISSING:
		return "missing";
	default:
		return "error";
	}
}

int outcome_write(const struct outcome *o, const char *path)
{
	FILE *f = fopen(path, "we");
	int has_value = o->class == OUTCOME_EXIT || o->class == OUTCOME_SIGNAL ||
			o->class == OUTCOME_SYSCALL || o->class == OUTCOME_INTERRUPTED;

	if (f == NULL) {
		say("%s: %s", path, strerror(errno));
		return -1;
	}
	if (has_value)
		fprintf(f, "%s %lld\n", class_name(o->class), o->value);
	else
		fprintf(f, "%s\n", class_name(o->class));
	if (fclose(f) != 0) {
		say("%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}
