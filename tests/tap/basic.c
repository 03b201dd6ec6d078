/*
 * basic.c - the TAP producer declared in basic.h.
 *
 * Output goes through stdio with stdout flushed after each line, so that a
 * test which crashes still leaves every result it printed.
 */
#include "basic.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long planned;   /* 0 until plan() */
static int lazy;
static unsigned long testnum;   /* last assertion printed */
static unsigned long failed;
static int registered;

static void finish(void)
{
	if (lazy)
		printf("1..%lu\n", testnum);
	fflush(stdout);
	if (!lazy && planned != testnum) {
		fprintf(stderr, "# planned %lu tests but ran %lu\n", planned, testnum);
		fflush(stderr);
		_exit(1);
	}
	if (failed) {
		fprintf(stderr, "# failed %lu of %lu tests\n", failed, testnum);
		fflush(stderr);
		_exit(1);
	}
}

static void at_exit_once(void)
{
	if (!registered) {
		registered = 1;
		atexit(finish);
	}
}

void plan(unsigned long n)
{
	planned = n;
	printf("1..%lu\n", n);
	fflush(stdout);
	at_exit_once();
}

void plan_lazy(void)
{
	lazy = 1;
	at_exit_once();
}

void skip_all(const char *fmt, ...)
{
	va_list ap;

	printf("1..0 # SKIP ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	exit(0);
}

static TAP_PRINTF(2, 0) void vresult(int cond, const char *fmt, va_list ap)
{
	testnum++;
	printf("%sok %lu", cond ? "" : "not ", testnum);
	if (!cond)
		failed++;
	if (fmt != NULL) {
		printf(" - ");
		vprintf(fmt, ap);
	}
	printf("\n");
	fflush(stdout);
}

int ok(int cond, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vresult(cond, fmt, ap);
	va_end(ap);
	return cond;
}

int is_int(long long wanted, long long seen, const char *fmt, ...)
{
	va_list ap;
	int cond = wanted == seen;

	va_start(ap, fmt);
	vresult(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		diag("wanted: %lld\n#   seen: %lld", wanted, seen);
	return cond;
}

int is_string(const char *wanted, const char *seen, const char *fmt, ...)
{
	va_list ap;
	int cond;

	if (wanted == NULL || seen == NULL)
		cond = wanted == seen;
	else
		cond = strcmp(wanted, seen) == 0;
	va_start(ap, fmt);
	vresult(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		diag("wanted: %s\n#   seen: %s", wanted ? wanted : "(null)", seen ? seen : "(null)");
	return cond;
}

int is_blob(const void *wanted, const void *seen, size_t len, const char *fmt, ...)
{
	va_list ap;
	size_t i = 0;
	int cond;

	while (i < len && ((const unsigned char *)wanted)[i] == ((const unsigned char *)seen)[i])
		i++;
	cond = i == len;
	va_start(ap, fmt);
	vresult(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		diag("blobs differ at byte %zu of %zu", i, len);
	return cond;
}

void skip(const char *fmt, ...)
{
	va_list ap;

	testnum++;
	printf("ok %lu # SKIP ", testnum);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

void diag(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

static TAP_PRINTF(1, 0) void vbail(const char *fmt, va_list ap, const char *suffix)
{
	fflush(stdout);
	printf("Bail out! ");
	vprintf(fmt, ap);
	if (suffix != NULL)
		printf(": %s", suffix);
	printf("\n");
	fflush(stdout);
	_exit(255);
}

void bail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbail(fmt, ap, NULL);
	va_end(ap);
	_exit(255);
}

void sysbail(const char *fmt, ...)
{
	va_list ap;
	const char *e = strerror(errno);

	va_start(ap, fmt);
	vbail(fmt, ap, e);
	va_end(ap);
	_exit(255);
}

unsigned long tap_testnum(void)
{
	return testnum;
}

unsigned long tap_failed(void)
{
	return failed;
}
