/*
 * arch-prctl.c - arch_prctl(2) to make CPUID answer again.
 *
 * ARCH_SET_CPUID 1 would turn CPUID faulting off, and ARCH_SET_FS could
 * point the thread pointer anywhere; both are the sandbox's settings,
 * not the nexe's.
 *
 * expect-state: forbidden system call 158 (arch_prctl) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(158, 0x1012 /* ARCH_SET_CPUID */, 1, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
