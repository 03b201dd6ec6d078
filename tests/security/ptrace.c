/*
 * ptrace.c - ptrace(2) attach to another process.
 *
 * Tracing a process is full control of it: its memory and registers.
 * The child runs as an unprivileged id (when zerovm is root) without
 * capabilities, but the call must not reach the kernel at all.
 *
 * expect-state: forbidden system call 101 (ptrace) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(101, 16 /* PTRACE_ATTACH */, 1, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
