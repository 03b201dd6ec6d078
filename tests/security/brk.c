/*
 * brk.c - brk(2) to grow memory beyond the manifest's Memory.
 *
 * The program break is a second, kernel-managed heap that the Memory
 * limit would not count.  Even brk(0), which only asks, must be
 * refused: the answer is a host address.
 *
 * expect-state: forbidden system call 12 (brk) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(12, 0, 0, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
