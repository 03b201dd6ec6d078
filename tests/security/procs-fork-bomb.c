/*
 * procs-fork-bomb.c - every process forks as often as it can.
 *
 * Each new process forks again until Fork fails, then ends; process 1
 * waits for every child it has or adopts.  The supervisor must hold the
 * session to ZVM_MAX_PROCESSES (16) processes at a time, answer every
 * further Fork with -EAGAIN (never fail otherwise, never end the
 * session), and number the processes without reuse.  The shared region
 * counts the successful forks and the refusals.
 *
 * expect-stdout: every refused fork: -11 = 1
 * expect-stdout: forks = 100
 * expect-stdout: most pids seen below 200 = 1
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

struct counts {
	volatile long forks, refused, other, highest;
};

#define COUNTS ((struct counts *)MANIFEST->shared_ptr)

static char stack[65536] __attribute__((aligned(16)));

static void child(void) __attribute__((noreturn, used));

static int32_t spawn(void)
{
	int32_t r;

	if (COUNTS->forks >= 100)
		return -11;
	r = zvm_fork((uint64_t)(uintptr_t)child, (uint64_t)(uintptr_t)(stack + sizeof stack - 8));
	if (r > 0) {
		COUNTS->forks++;
		if (r > COUNTS->highest)
			COUNTS->highest = r;
	} else if (r == -11) {
		COUNTS->refused++;
	} else {
		COUNTS->other++;
	}
	return r;
}

static void child(void)
{
	while (spawn() > 0)
		;
	zvm_exit(0);
}

int main(void)
{
	int32_t st;

	do {
		while (spawn() > 0)
			;
		while (zvm_wait(-1, &st, 0) > 0)
			;
	} while (COUNTS->forks < 100);
	out("every refused fork: -11 = ");
	out_num(COUNTS->other == 0 && COUNTS->refused > 0);
	out("\nforks = ");
	out_num(COUNTS->forks);
	out("\nmost pids seen below 200 = ");
	out_num(COUNTS->highest == 101);
	out("\n");
	return 0;
}
