/*
 * msg.c - one-line diagnostics and fatal errors (msg.h).
 */
#include "msg.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int verbosity;
void (*die_hook)(int status);

static void vsay(const char *fmt, va_list ap, const char *suffix)
{
	char buf[4096];
	int n;

	n = vsnprintf(buf, sizeof buf, fmt, ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof buf)
		n = sizeof buf - 1;
	if (suffix != NULL)
		fprintf(stderr, "%s: %.*s: %s\n", msg_program, n, buf, suffix);
	else
		fprintf(stderr, "%s: %.*s\n", msg_program, n, buf);
	fflush(stderr);
}

static void __attribute__((noreturn)) leave(int status)
{
	void (*hook)(int) = die_hook;

	die_hook = NULL;
	if (hook != NULL)
		hook(status);
	exit(status);
}

void die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, NULL);
	va_end(ap);
	leave(status);
}

void die_errno(int status, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, strerror(saved));
	va_end(ap);
	leave(status);
}

void say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, NULL);
	va_end(ap);
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
