/*
 * outcome.h - how a session ended, zvsh's exit status for it, and the
 * --zvm-status line that says it unambiguously.
 */
#ifndef ZVSH_OUTCOME_H
#define ZVSH_OUTCOME_H

#include "run.h"

enum outcome_class {
	OUTCOME_EXIT,	     /* the program ended; value is its return code */
	OUTCOME_TIMEOUT,     /* session timeout */
	OUTCOME_SIGNAL,	     /* the program was ended by signal value */
	OUTCOME_SYSCALL,     /* the program made forbidden system call value */
	OUTCOME_INTERRUPTED, /* zvsh or zerovm got signal value */
	OUTCOME_REFUSED,     /* zerovm refused the program */
	OUTCOME_MISSING,     /* the program does not exist */
	OUTCOME_ERROR	     /* anything else went wrong */
};

struct outcome {
	enum outcome_class class;
	long long value;
	int status; /* zvsh's exit status */
};

/* Classify a finished run from zerovm's exit and its report (at
 * report_path; it may be missing).  Prints "zvsh: EXIT-STATE" on stderr
 * for a session that did not end ok, and, with show, the report itself. */
void outcome_of_run(struct outcome *o, const struct run_result *r, const char *report_path,
		    int show);

/* The outcome that goes with one of zvsh's own exit statuses (die()). */
void outcome_of_status(struct outcome *o, int status);

/* Write "CLASS [VALUE]" and a newline to path.  -1 (after a message) on
 * failure. */
int outcome_write(const struct outcome *o, const char *path);

#endif
