/*
 * run.h - find zerovm, run it on the manifest, pass signals on to it.
 */
#ifndef ZVSH_RUN_H
#define ZVSH_RUN_H

struct run_result {
	int exited; /* zerovm exited; otherwise a signal killed it */
	int status; /* its exit status, or the signal that killed it */
	int signal; /* SIGINT, SIGTERM or SIGHUP that zvsh got and passed on; 0 if none */
};

/* The zerovm to run: $ZEROVM when set, else the one beside zvsh's own
 * executable, else the first in $PATH.  Fatal (125) when there is none. */
char *run_find_zerovm(void);

/* From now on SIGINT, SIGTERM and SIGHUP (unless zvsh was started with
 * them ignored) are passed on to zerovm, which ends the session and
 * reports; zvsh then cleans up and ends by the same signal. */
void run_catch_signals(void);

/* Run zerovm -T report manifest with zvsh's standard streams and wait. */
void run_zerovm(const char *zerovm, const char *manifest, const char *report, struct run_result *r);

/* The signal zvsh has been asked to end by, or 0. */
int run_pending_signal(void);

#endif
