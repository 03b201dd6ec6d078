/*
 * __zrt_waitpid.c - waiting for children, and the statuses ZRT collects
 * early (internal/proc.h).
 *
 * A process blocked on a pipe lets the others run and, meanwhile,
 * collects the statuses of its children that have ended (__zrt_reap),
 * for a child that a fault ended still holds its pipe ends until it is
 * waited for.  The statuses wait here for wait() and waitpid(), which
 * look here first.
 */
#include <errno.h>
#include <stddef.h>
#include <zvm.h>

#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/shm.h"

struct reaped {
	pid_t pid; /* 0: a free slot */
	int status;
};

/* Each one was a process zerovm counted among ZVM_MAX_PROCESSES. */
static struct reaped reaped[ZVM_MAX_PROCESSES];

void __zrt_reaped_forget(void)
{
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		reaped[i].pid = 0;
}

static struct reaped *free_slot(void)
{
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		if (reaped[i].pid == 0)
			return &reaped[i];
	return NULL;
}

/* Take a collected status of pid (-1: any), oldest first. */
static pid_t take(pid_t pid, int *status)
{
	struct reaped *r, *best = NULL;
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++) {
		r = &reaped[i];
		if (r->pid == 0 || (pid != -1 && r->pid != pid))
			continue;
		/* pids are never reused: the lowest ended first or was
		 * started first, either way a fixed order. */
		if (best == NULL || r->pid < best->pid)
			best = r;
	}
	if (best == NULL)
		return 0;
	pid = best->pid;
	if (status != NULL)
		*status = best->status;
	best->pid = 0;
	return pid;
}

/* zvm_wait(), letting go of the pipe ends of the child it reports. */
static pid_t trap_wait(pid_t pid, int *status, int options)
{
	int32_t st = 0;
	int32_t r = zvm_wait(pid, &st, options);

	__zrt_resumed();
	/* zvm_wait() fails with -ECHILD or -EINVAL.  An older zerovm
	 * answers -EPERM (an unknown trap): it never has children. */
	if (r < 0 && r != -EINVAL)
		return -ECHILD;
	if (r > 0) {
		__zrt_pipe_purge(r);
		if (status != NULL)
			*status = st;
	}
	return r;
}

void __zrt_reap(void)
{
	struct reaped *r;
	pid_t pid;
	int st;

	while ((r = free_slot()) != NULL && (pid = trap_wait(-1, &st, ZVM_WAIT_NOHANG)) > 0) {
		r->pid = pid;
		r->status = st;
	}
}

void __zrt_resumed(void)
{
	struct __zrt_shm *h = __zrt_shm();

	if (h != NULL)
		h->runner = __zrt_self;
}

int __zrt_yield(void)
{
	struct __zrt_shm *h;

	__zrt_reap();
	__zrt_resumed();
	zvm_yield();
	/* Every process that ran meanwhile went on from a switch, and
	 * wrote its pid over ours. */
	h = __zrt_shm();
	if (h == NULL || h->runner != __zrt_self) {
		__zrt_resumed();
		return 1;
	}
	return 0;
}

pid_t __zrt_waitpid(pid_t pid, int *status, int options)
{
	pid_t r;

	/* No process groups: every process is in the first one's, so "a
	 * child in my group" and "in group -pid" are any child (or none). */
	if (pid == 0 || pid < -1)
		pid = -1;
	r = take(pid, status);
	if (r != 0)
		return r;
	r = trap_wait(pid, status, options);
	/* zvm_wait()'s -ECHILD for a pid already collected cannot happen:
	 * take() found it.  -EINVAL for a status outside writable memory
	 * cannot either: status is this function's own. */
	return r;
}
