/*
 * prctl.c - prctl(2) to turn the time-stamp counter back on.
 *
 * PR_SET_TSC with PR_TSC_ENABLE would undo the child's PR_TSC_SIGSEGV
 * and give the nexe a high-resolution clock, which breaks determinism
 * and helps timing side channels.
 *
 * expect-state: forbidden system call 157 (prctl) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(157, 26 /* PR_SET_TSC */, 1 /* PR_TSC_ENABLE */, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
