/*
 * basic.h - a small TAP producer for ZeroVM's tests.
 *
 * The same library builds for the host and, with zvm-gcc, for nexes; it
 * only needs stdio and exit.  Each test program prints "1..N" and one
 * "ok"/"not ok" line per assertion; automake's tap-driver.sh reads them.
 */
#ifndef TAP_BASIC_H
#define TAP_BASIC_H

#include <stddef.h>

#if defined(__GNUC__)
#define TAP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define TAP_NORETURN __attribute__((noreturn))
#else
#define TAP_PRINTF(f, a)
#define TAP_NORETURN
#endif

/* Announce n tests.  At exit, a count mismatch or any failure makes the
 * process exit 1. */
void plan(unsigned long n);

/* Announce tests lazily: the plan is printed at exit from the count run. */
void plan_lazy(void);

/* Skip the whole test program, printing why. */
void skip_all(const char *fmt, ...) TAP_PRINTF(1, 2) TAP_NORETURN;

/* Record one assertion; returns cond so callers can print more on failure. */
int ok(int cond, const char *fmt, ...) TAP_PRINTF(2, 3);

/* Assertions that print what was wanted and what was seen when they fail. */
int is_int(long long wanted, long long seen, const char *fmt, ...) TAP_PRINTF(3, 4);
int is_string(const char *wanted, const char *seen, const char *fmt, ...) TAP_PRINTF(3, 4);
int is_blob(const void *wanted, const void *seen, size_t len, const char *fmt, ...)
	TAP_PRINTF(4, 5);

/* Record one skipped assertion, printing why. */
void skip(const char *fmt, ...) TAP_PRINTF(1, 2);

/* Print a diagnostic line ("# ...") on stdout. */
void diag(const char *fmt, ...) TAP_PRINTF(1, 2);

/* Stop the whole run: "Bail out! ..." and exit 255. */
void bail(const char *fmt, ...) TAP_PRINTF(1, 2) TAP_NORETURN;

/* Like bail(), adding strerror(errno). */
void sysbail(const char *fmt, ...) TAP_PRINTF(1, 2) TAP_NORETURN;

/* Number of the last assertion and number failed so far. */
unsigned long tap_testnum(void);
unsigned long tap_failed(void);

#endif
