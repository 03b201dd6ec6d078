/*
 * syscall-high-bits.c - a system call number with its upper 32 bits set.
 *
 * The kernel dispatches x86-64 system calls on the low 32 bits of %rax,
 * so 0xffffffff0000003b is execve.  A monitor that compared the whole
 * register against a list (or against the trap's number) would see a
 * number it does not know and might let it through; seccomp hands the
 * filter and the supervisor the same 32 bits the kernel acts on, and the
 * report names execve.
 *
 * expect-state: forbidden system call 59 (execve) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static const char *const argv[] = {"/bin/sh", 0};

	attack_call((long)0xffffffff0000003bULL, (long)argv[0], (long)argv, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
