/*
 * clone.c - clone(2) a thread in the same address space.
 *
 * A second thread would race the supervisor: while one thread's trap
 * is being checked and served, another could change the very memory the
 * check looked at.  The design relies on a single thread.
 *
 * expect-state: forbidden system call 56 (clone) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	/* CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD,
	 * with a child stack in the nexe's bss. */
	static char stack[4096] __attribute__((aligned(16)));

	attack_call(56, 0x10f00, (long)(stack + sizeof stack), 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
