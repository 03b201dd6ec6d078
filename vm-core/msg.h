/*
 * msg.h - one-line diagnostics and fatal errors, shared by zerovm and zvsh.
 *
 * Every message is "PROGRAM: MESSAGE" on stderr, written at once so that
 * it cannot interleave mid-line with other writers.  Each program defines
 * msg_program and keeps its own exit statuses (its die.h).
 */
#ifndef ZVM_MSG_H
#define ZVM_MSG_H

/* The name messages start with: defined by each program. */
extern const char msg_program[];

/* Print the message and exit with status, after die_hook if one is set. */
void die(int status, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/* Like die(), appending ": strerror(errno)" (errno read before anything else). */
void die_errno(int status, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/* Print the message and go on. */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print the message when verbosity is at least level. */
void note(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

extern int verbosity;

/* Called by die() with the status just before exiting (a program's
 * cleanup); cleared first, so a failure inside it does not run it again. */
extern void (*die_hook)(int status);

#endif
