/*
 * vsyscall-getcpu.c - getcpu() through the vsyscall page.
 *
 * The third vsyscall entry, emulated as getcpu (309): which host CPU the
 * nexe runs on, a scheduling side channel and a nondeterminism.
 *
 * requires: vsyscall
 * expect-state: forbidden system call 309 (getcpu) at 0xffffffffff600800
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	long (*vgetcpu)(unsigned *, unsigned *, void *) =
	    (long (*)(unsigned *, unsigned *, void *))0xffffffffff600800UL;
	static unsigned cpu, node;

	out_num(vgetcpu(&cpu, &node, 0));
	return 1;
}
