/*
 * proc.h - the process identity ZRT reports, and its processes.
 *
 * Every run must look the same, so the ids come from the session alone:
 * the first process is process 1 (like init, the first process of a
 * system) with no parent; zerovm numbers the processes fork() starts 2, 3,
 * ... (zvm.h, "Processes").  Every process is the superuser (uid and gid
 * 0), which owns every file the program finds.
 */
#ifndef ZRT_INTERNAL_PROC_H
#define ZRT_INTERNAL_PROC_H

#include <sys/types.h>

#define ZRT_PID	 1 /* the first process's */
#define ZRT_PPID 0
#define ZRT_UID	 0
#define ZRT_GID	 0

/* This process's id and its parent's (ZRT_PID and ZRT_PPID in the first
 * process).  A process whose parent ended keeps its parent's id, as
 * zerovm gives no way to learn of the reparenting. */
extern pid_t __zrt_self;
extern pid_t __zrt_parent;

/* Whether zerovm runs more than one process: it has a shared region
 * (an older zerovm has neither). */
int __zrt_procs(void);

/* fork(): the child's pid in the parent, 0 in the child, or -errno. */
pid_t __zrt_fork(void);

/* Wait for a child as zvm_wait() does, through the statuses ZRT has
 * already collected (__zrt_reap). */
pid_t __zrt_waitpid(pid_t pid, int *status, int options);

/* Collect the status of every child that has ended, without waiting,
 * and let go of what it held in the shared region.  Called by whatever
 * waits for another process (a pipe's other end), so that a child that
 * ended by a fault cannot keep it waiting. */
void __zrt_reap(void);

/* Let the other processes run: zvm_yield(), after __zrt_reap().
 * Returns 0 when no other process ran, 1 when one did (or may have: no
 * shared region).  No other process running means that every other one
 * is waiting for a child to end: whatever the caller waits for, only
 * the caller itself could now bring it about. */
int __zrt_yield(void);

/* Note in the shared region that this process runs: called wherever a
 * process goes on after zerovm may have switched (a new child, the
 * return of a yield or a wait). */
void __zrt_resumed(void);

/* In a new child: the statuses its parent collected are not its own. */
void __zrt_reaped_forget(void);

/* The page size programs are told (sysconf, getpagesize).  The VM maps
 * memory in 64 KiB units, but 4096 is what ported code expects, and it
 * divides 64 KiB. */
#define ZRT_PAGESIZE 4096

/* uname() and gethostname(). */
#define ZRT_SYSNAME  "ZeroVM"
#define ZRT_NODENAME "zerovm"
#define ZRT_MACHINE  "x86_64"

#endif
