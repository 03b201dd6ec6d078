/*
 * sandbox.h - starting the nexe in a confined child process.
 */
#ifndef ZVM_SANDBOX_H
#define ZVM_SANDBOX_H

#include "session.h"

/* Fork the child, which confines itself as far as it can without user
 * memory and then waits for sandbox_start().  Called right after
 * memory_reserve(), before the manifest is read, so that the child's
 * setup overlaps the supervisor's.  Dies with ZVM_EXIT_SANDBOX. */
void sandbox_fork(struct session *s);

/* Check the platform, build the seccomp filter into user memory and
 * publish the regions for the child to map.  Dies with ZVM_EXIT_SANDBOX
 * when something it needs is missing. */
void sandbox_prepare(struct session *s);

/* Let the child map user memory and finish confining itself, and take
 * its seccomp listener.  When this returns, the child is blocked in its
 * last bootstrap step (closing its copy of the listener), which
 * trap_run() lets through. */
void sandbox_start(struct session *s);

/* The guest address just after the bootstrap's close system call, and
 * after the fault handler's report: how trap.c tells those two apart from
 * anything the nexe does. */
uint64_t sandbox_boot_close_ip(void);
uint64_t sandbox_fault_ip(void);

/* The return address of a nexe's fault handler, and the guest address
 * just after the system call there by which the supervisor learns that
 * the handler returned. */
uint64_t sandbox_fault_return_addr(void);
uint64_t sandbox_fault_return_ip(void);

/* Ask the kernel to wake the child on the supervisor's CPU when a trap is
 * answered (on), or wherever the scheduler likes (off).  Returns what the
 * ioctl returns: -1 on kernels before 6.6, which lack the choice. */
/* Start a process in s->memfd/s->mem, a copy of the running one's user
 * memory (memory_copy()), at entry with the start block's %rsp, %rdi and
 * %rsi; sets s->pid, s->pidfd and s->listener.  Its first system call,
 * the bootstrap's close, is waiting to be let through when this returns
 * 0.  Returns -1 with errno when the host could not start it. */
int sandbox_spawn(struct session *s, uint64_t entry, const uint64_t start[3]);

int sandbox_sync_wakeup(struct session *s, int on);

#endif
