/*
 * munmap-trap-page.c - munmap(2) the trap page.
 *
 * Unmapping the trap page and mapping something else in its place
 * would let the nexe replace the fault handler and the trap entry that
 * the supervisor recognises by address.
 *
 * expect-state: forbidden system call 11 (munmap) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(11, (long)ZVM_TRAP_ADDR, (long)ZVM_TRAP_SIZE, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
