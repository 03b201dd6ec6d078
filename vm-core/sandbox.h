/*
 * sandbox.h - starting the nexe in a confined child process.
 */
#ifndef ZVM_SANDBOX_H
#define ZVM_SANDBOX_H

#include "session.h"

/* Check the platform and build the seccomp filter into user memory.
 * Dies with ZVM_EXIT_SANDBOX when something it needs is missing. */
void sandbox_prepare(struct session *s);

/* Start the child, confine it, and take its seccomp listener.  When this
 * returns, the child is blocked in its last bootstrap step (closing its
 * copy of the listener), which trap_run() lets through. */
void sandbox_start(struct session *s);

/* The guest address just after the bootstrap's close system call, and
 * after the fault handler's report: how trap.c tells those two apart from
 * anything the nexe does. */
uint64_t sandbox_boot_close_ip(void);
uint64_t sandbox_fault_ip(void);

#endif
