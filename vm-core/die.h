/*
 * die.h - zerovm's exit statuses; messages and fatal errors are msg.h's.
 *
 * Before the nexe runs, any failure ends zerovm through die() or
 * die_errno() with a message that says what and where, and a documented
 * exit status.  Once the nexe runs, nothing the guest does may reach these.
 */
#ifndef ZVM_DIE_H
#define ZVM_DIE_H

#include "msg.h"

/* zerovm's own exit statuses; zerovm(1) documents them. */
enum zvm_status {
	ZVM_EXIT_OK = 0,        /* the session ended "ok" */
	ZVM_EXIT_USAGE = 1,     /* bad command line */
	ZVM_EXIT_MANIFEST = 2,  /* the manifest is missing or invalid */
	ZVM_EXIT_CHANNEL = 3,   /* a channel could not be opened */
	ZVM_EXIT_PROGRAM = 4,   /* the nexe is missing or refused */
	ZVM_EXIT_SANDBOX = 5,   /* the sandbox could not be set up */
	ZVM_EXIT_TIMEOUT = 6,   /* the session timed out */
	ZVM_EXIT_KILLED = 7,    /* the nexe crashed or made a forbidden system call */
	ZVM_EXIT_INTERRUPT = 8, /* zerovm was told to stop (SIGINT, SIGTERM, SIGHUP) */
	ZVM_EXIT_IO = 9         /* output could not be saved or the report written */
};

#endif
