/*
 * vfork.c - vfork(2), which shares the address space.
 *
 * vfork() is fork() with the parent suspended and memory shared; it is
 * a separate system call number that a filter listing fork alone would
 * miss.
 *
 * expect-state: forbidden system call 58 (vfork) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(58, 0, 0, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
