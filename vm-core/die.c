/*
 * die.c - fatal errors and diagnostics for zerovm's setup stages.
 */
#include "die.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int verbosity;

static void vsay(const char *fmt, va_list ap, const char *suffix)
{
	char buf[4096];
	int n;

	/* One write, so that concurrent writers do not interleave mid-line. */
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof buf)
		n = sizeof buf - 1;
	if (suffix != NULL)
		fprintf(stderr, "zerovm: %.*s: %s\n", n, buf, suffix);
	else
		fprintf(stderr, "zerovm: %.*s\n", n, buf);
	fflush(stderr);
}

void die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, NULL);
	va_end(ap);
	exit(status);
}

void die_errno(int status, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, strerror(saved));
	va_end(ap);
	exit(status);
}

void note(int level, const char *fmt, ...)
{
	va_list ap;

	if (verbosity < level)
		return;
	va_start(ap, fmt);
	vsay(fmt, ap, NULL);
	va_end(ap);
}
