/*
 * trap.h - serving the nexe's traps until the session ends.
 */
#ifndef ZVM_TRAP_H
#define ZVM_TRAP_H

#include "session.h"

/* Install zerovm's handlers for SIGINT, SIGTERM, SIGHUP and the session
 * timer, and start the timer at s->deadline.  Called before channels are
 * opened, so that a FIFO nobody opens cannot hang the session. */
void trap_arm(struct session *s);

/* Serve traps until the nexe exits, faults, breaks the rules, times out or
 * zerovm is told to stop; then reap the child.  Fills s->end, s->state,
 * s->exit_code and s->ru. */
void trap_run(struct session *s);

/* Set when zerovm got SIGINT, SIGTERM or SIGHUP, or the timer fired. */
extern volatile sig_atomic_t trap_stop_signal, trap_timed_out;

#endif
