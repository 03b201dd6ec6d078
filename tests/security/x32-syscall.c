/*
 * x32-syscall.c - a system call of the x32 ABI.
 *
 * x32 system calls use the 64-bit syscall instruction with bit 30 set in
 * the number (0x40000000 | nr).  The audit architecture is still x86-64,
 * so a filter comparing numbers alone would see a number it does not
 * know; libseccomp's x86-64 filter treats the x32 bit as another
 * architecture, and the bad-architecture action kills.
 *
 * expect-state: Signal 31 from untrusted code: system call of another ABI
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static const char msg[] = "escaped\n";

	attack_syscall(0x40000000 | 1 /* write */, 1, (long)msg, sizeof msg - 1, 0, 0, 0);
	out("the x32 call returned\n");
	return 1;
}
