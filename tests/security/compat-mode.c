/*
 * compat-mode.c - switch to 32-bit compatibility mode, then call the
 * kernel.
 *
 * A 64-bit process may far-return into the 32-bit user code segment
 * (selector 0x23) on its own: no system call needed.  Everything of the
 * nexe lives below 4 GiB, so its code and stack keep working there, and
 * from compatibility mode every system call is an i386 one.  The filter
 * judges by the architecture of the call, not of the process, and kills.
 *
 * expect-state: Signal 31 from untrusted code: system call of another ABI
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_compat();
	return 1;
}
