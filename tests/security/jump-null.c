/*
 * jump-null.c - jump to address 0, in the NULL guard.
 *
 * [0, 64 KiB) is never mapped, so that a NULL function pointer (or a
 * small offset from one) faults rather than running whatever a host
 * mapping might have left there.  The fault is an instruction fetch, so
 * the nexe "was" at 0.
 *
 * expect-state: Signal 11 from untrusted code: Halting at 0x0
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	void (*volatile fn)(void) = 0;

	fn();
	out("address 0 ran\n");
	return 1;
}
