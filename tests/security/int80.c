/*
 * int80.c - a 32-bit system call through int $0x80.
 *
 * int $0x80 enters the kernel's i386 system call table, whose numbers
 * mean different calls (here 4 is write, not stat).  A filter that
 * checked numbers without the architecture would be fooled; ours kills
 * the process for any architecture but x86-64, and zerovm reports
 * SIGSYS as a call of another ABI.
 *
 * expect-state: Signal 31 from untrusted code: system call of another ABI
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static const char msg[] = "escaped\n";

	attack_int80(4 /* write on i386 */, 1, (long)msg, sizeof msg - 1);
	out("int $0x80 returned\n");
	return 1;
}
