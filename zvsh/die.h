/*
 * die.h - zvsh's fatal errors and messages.
 *
 * Anything that stops zvsh before or after the session ends through die()
 * or die_errno(): one line on stderr that says what and where, then the
 * documented exit status (zvsh(1), EXIT STATUS).
 */
#ifndef ZVSH_DIE_H
#define ZVSH_DIE_H

/* zvsh's own exit statuses.  A session that ends ok exits with the
 * program's return code instead; zvsh(1) explains how to tell them apart. */
enum zvsh_status {
	ZVSH_EXIT_TIMEOUT = 124, /* the session ran out of time */
	ZVSH_EXIT_ERROR = 125,	 /* zvsh or zerovm could not do what was asked */
	ZVSH_EXIT_REFUSED = 126, /* zerovm refused the program */
	ZVSH_EXIT_MISSING = 127, /* the program does not exist */
	ZVSH_EXIT_SIGNAL = 128	 /* plus N: ended by signal N */
};

/* Print "zvsh: MESSAGE" on stderr, run the die hook, exit with status. */
void die(int status, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/* Like die(), appending ": strerror(errno)" (errno saved first). */
void die_errno(int status, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/* Print "zvsh: MESSAGE" on stderr and go on. */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Called by die() with the status, before exiting: main's cleanup (the
 * work directory, the status file).  NULL: none. */
extern void (*die_hook)(int status);

#endif
