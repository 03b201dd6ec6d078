/*
 * procs-doorbell.c - a forked process posts to the trap doorbell.
 *
 * Once a session has several processes the supervisor never polls a
 * doorbell: a trap may have to wait for its answer, which only a system
 * call can.  A child that posts an argument block straight into its
 * doorbell (bypassing the trap entry) must find it never taken; its
 * ordinary traps, made as system calls, must still be answered exactly,
 * and so must its parent's.
 *
 * expect-stdout: child: posts taken = 0
 * expect-stdout: child: trap after posts = 1
 * expect-stdout: parent: child status = 0
 * expect-stdout: parent: trap after = 1
 * stdin: ab
 * expect-state: ok
 * expect-status: 0
 * expect-return: 7
 */
#include "attack.h"

struct doorbell {
	volatile uint32_t state, awake;
	volatile uint64_t args;
	volatile int64_t result;
};

#define DB ((struct doorbell *)(uintptr_t)ZVM_DOORBELL_ADDR)

static char stack[65536] __attribute__((aligned(16)));

/* Post a Write of 0 bytes; 1 when the supervisor took it. */
static int post(void)
{
	static uint64_t args[6] = {TrapWrite, 0, 1, 0, 0, 0};
	uint32_t expect = ZVM_DOORBELL_POSTED;
	long i;

	DB->args = (uint64_t)(uintptr_t)args;
	__atomic_store_n(&DB->state, ZVM_DOORBELL_POSTED, __ATOMIC_RELEASE);
	for (i = 0; i < 200000; i++)
		if (__atomic_load_n(&DB->state, __ATOMIC_ACQUIRE) != ZVM_DOORBELL_POSTED)
			return 1;
	return !__atomic_compare_exchange_n(&DB->state, &expect, ZVM_DOORBELL_IDLE, 0,
					    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static void child(void) __attribute__((noreturn, used));
static void child(void)
{
	char c;
	int i, taken = 0;

	for (i = 0; i < 50; i++) {
		DB->awake = 1;
		taken += post();
	}
	out("child: posts taken = ");
	out_num(taken);
	out("\nchild: trap after posts = ");
	out_num(zvm_pread(0, &c, 1, 0));
	out("\n");
	zvm_exit(0);
}

int main(void)
{
	int32_t st = -1;
	char c;

	zvm_wait(zvm_fork((uint64_t)(uintptr_t)child, (uint64_t)(uintptr_t)(stack + sizeof stack - 8)),
		 &st, 0);
	out("parent: child status = ");
	out_num(st);
	out("\nparent: trap after = ");
	out_num(zvm_pread(0, &c, 1, 0));
	out("\n");
	return 7;
}
