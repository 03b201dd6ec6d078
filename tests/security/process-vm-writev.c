/*
 * process-vm-writev.c - process_vm_writev(2) into another process.
 *
 * Writing straight into another process's memory (the supervisor is the
 * obvious target) needs no descriptor and no shared mapping, only the
 * system call.
 *
 * expect-state: forbidden system call 311 (process_vm_writev) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static char payload[8] = "pwned";
	static struct {
		void *base;
		uint64_t len;
	} local = {payload, sizeof payload}, remote = {(void *)0x400000, sizeof payload};

	attack_call(311, 1, (long)&local, 1, (long)&remote, 1, 0);
	out("the system call returned\n");
	return 1;
}
