/*
 * fork.c - fork(2), wait(2), waitpid(2), getpid(2), getppid(2) and
 * sched_yield(2) with processes zerovm runs one at a time (zvm.h,
 * "Processes"): pids, wait statuses of exits and faults, WNOHANG, ECHILD,
 * what a child inherits (memory as a copy, the registers and the
 * floating-point modes of fork()'s caller; not its alarm nor its pending
 * signals), reparenting to process 1, and
 * the limit of ZVM_MAX_PROCESSES.
 *
 * Children report through their exit status only, and leave by _exit()
 * (or by an atexit handler's), so that TAP is printed by process 1 alone.
 * Under a zerovm without processes every test is skipped.
 */
#include <errno.h>
#include <fenv.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zvm.h>

#include "fsutil.h"
#include "tap/basic.h"

static int global = 1;

/* The status of the one child started by fork() that runs child(). */
static int child_status(int (*child)(void), pid_t *pidp)
{
	int status = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(child());
	if (pidp != NULL)
		*pidp = pid;
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

static int exits_42(void)
{
	return 42;
}

static int own_pid(void)
{
	return (int)getpid();
}

static int parent_pid(void)
{
	return (int)getppid();
}

static int changes_global(void)
{
	global = 7;
	return global;
}

static void atexit_exits_9(void)
{
	_exit(9);
}

static int exit_runs_handlers(void)
{
	atexit(atexit_exits_9);
	exit(3);
}

static int faults(void)
{
	volatile uintptr_t guard = 8; /* in the never-mapped first 64 KiB */

	*(volatile int *)guard = 1;
	return 0;
}

static void on_segv(int sig)
{
	_exit(sig == SIGSEGV ? 33 : 34);
}

static int catches_fault(void)
{
	signal(SIGSEGV, on_segv);
	return faults();
}

static int rounding(void)
{
	uint16_t cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	/* MXCSR through fegetround(), the x87 control word directly. */
	return (fegetround() == FE_UPWARD) + 2 * (((cw >> 10) & 3) == 2);
}

static int no_alarm_nor_pending(void)
{
	sigset_t set;

	sigpending(&set);
	return (alarm(0) == 0) + 2 * !sigismember(&set, SIGUSR1);
}

static int forks_grandchild(void)
{
	pid_t me = getpid(), pid;
	int status = 0;

	pid = fork();
	if (pid == 0)
		_exit(getppid() == me ? 50 : 51);
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 1;
	return WEXITSTATUS(status);
}

static int orphans_grandchild(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(60);
	return pid < 0 ? 1 : 61;
}

static void check_limit(void)
{
	int n = 0, reaped = 0, status;
	pid_t pid;

	/* The children first run when process 1 waits: until then each
	 * counts, as an ended one not yet waited for would. */
	for (;;) {
		pid = fork();
		if (pid == 0)
			_exit(0);
		if (pid < 0)
			break;
		n++;
	}
	is_int(ZVM_MAX_PROCESSES - 1, n, "fork until it fails: %d processes at once",
	       ZVM_MAX_PROCESSES);
	is_errno(fork(), EAGAIN, "... then fork fails with EAGAIN");
	while ((pid = wait(&status)) > 0)
		reaped += WIFEXITED(status) && WEXITSTATUS(status) == 0;
	is_int(n, reaped, "wait collects every one of them");
	is_errno(wait(NULL), ECHILD, "... then ECHILD");
}

int main(void)
{
	int status = -1, before_fork;
	pid_t pid, pid2;
	volatile long keep = 0x1234567890L;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid < 0 && errno == EAGAIN && sysconf(_SC_CHILD_MAX) == 1)
		skip_all("this zerovm runs one process (fork: EAGAIN)");
	plan(40);
	is_int(2, pid, "the first child is process 2");
	is_int(pid, waitpid(pid, &status, 0), "waitpid returns its pid");
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "... exited 0");
	is_int(1, getpid(), "getpid in process 1");
	is_int(0, getppid(), "getppid in process 1: no parent");
	is_int(ZVM_MAX_PROCESSES, sysconf(_SC_CHILD_MAX), "_SC_CHILD_MAX is ZVM_MAX_PROCESSES");

	status = child_status(exits_42, &pid);
	ok(WIFEXITED(status), "a child's _exit(42): WIFEXITED");
	is_int(42, WEXITSTATUS(status), "... WEXITSTATUS 42");
	status = child_status(own_pid, &pid);
	is_int(pid, WEXITSTATUS(status), "getpid in the child is fork's answer (%d)", (int)pid);
	is_int(1, WEXITSTATUS(child_status(parent_pid, NULL)), "getppid in the child is 1");

	status = child_status(changes_global, NULL);
	is_int(7, WEXITSTATUS(status), "the child changes a global");
	is_int(1, global, "... in its own copy of memory");
	is_int(0x1234567890L, keep, "a local survives fork in the parent");

	status = child_status(exit_runs_handlers, NULL);
	is_int(9, WEXITSTATUS(status), "exit() in a child runs its atexit handlers");

	status = child_status(faults, NULL);
	ok(WIFSIGNALED(status), "a child's fault: WIFSIGNALED");
	is_int(SIGSEGV, WTERMSIG(status), "... WTERMSIG SIGSEGV");
	status = child_status(catches_fault, NULL);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 33, "a child catches its own fault");

	before_fork = fegetround();
	fesetround(FE_UPWARD);
	status = child_status(rounding, NULL);
	fesetround(before_fork);
	is_int(3, WEXITSTATUS(status), "the child keeps MXCSR's and the x87 rounding mode");

	{
		sigset_t set, old;

		sigemptyset(&set);
		sigaddset(&set, SIGUSR1);
		sigprocmask(SIG_BLOCK, &set, &old);
		raise(SIGUSR1);
		alarm(100);
		status = child_status(no_alarm_nor_pending, NULL);
		is_int(3, WEXITSTATUS(status), "the child has no alarm and no pending signal");
		ok(alarm(0) > 0, "... the parent keeps its alarm");
		signal(SIGUSR1, SIG_IGN);
		sigprocmask(SIG_SETMASK, &old, NULL);
		signal(SIGUSR1, SIG_DFL);
	}

	status = child_status(forks_grandchild, NULL);
	is_int(50, WEXITSTATUS(status), "a child forks and waits for its own child");

	status = child_status(orphans_grandchild, &pid);
	is_int(61, WEXITSTATUS(status), "a child ends before its child");
	pid2 = waitpid(-1, &status, 0);
	is_int(pid + 1, pid2, "... which process 1 then waits for");
	is_int(60, WEXITSTATUS(status), "... with its status");

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(12);
	is_int(0, waitpid(pid, &status, WNOHANG), "WNOHANG before the child ran: 0");
	is_int(0, sched_yield(), "sched_yield: the child runs");
	is_int(pid, waitpid(pid, &status, WNOHANG), "WNOHANG after it ended: its pid");
	is_int(12, WEXITSTATUS(status), "... its status");

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(20);
	pid2 = fork();
	if (pid2 == 0)
		_exit(21);
	is_int(pid, waitpid(pid, &status, 0), "two children: waitpid for the first");
	is_int(20, WEXITSTATUS(status), "... its status");
	is_int(pid2, waitpid(0, &status, 0), "waitpid(0): any child (no process groups)");
	is_int(21, WEXITSTATUS(status), "... the other's status");

	is_errno(wait(&status), ECHILD, "wait without children: ECHILD");
	is_errno(waitpid(-1, &status, WNOHANG), ECHILD, "waitpid(-1, WNOHANG) too");
	is_errno(waitpid(1, &status, 0), ECHILD, "waitpid for a process that is not a child");
	is_errno(waitpid(-1, &status, 0x100), EINVAL, "waitpid with an unknown option: EINVAL");

	check_limit();
	return 0;
}
