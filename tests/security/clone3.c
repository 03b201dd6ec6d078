/*
 * clone3.c - clone3(2), whose flags live in memory.
 *
 * clone3() takes its arguments from a structure in memory, so a filter
 * cannot inspect its flags; a filter that allowed it for "safe" flags
 * would allow everything.  It must be refused outright.
 *
 * expect-state: forbidden system call 435 (clone3) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	/* struct clone_args, version 0 (64 bytes): CLONE_VM | CLONE_THREAD
	 * | CLONE_SIGHAND. */
	static uint64_t args[8] = {0x10900};

	attack_call(435, (long)args, sizeof args, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
