/*
 * fault-handler-kernel.c - a fault handler at a kernel address.
 *
 * A handler address outside user memory, in the kernel's half of the
 * address space, is refused: the fault is reported as if no handler had
 * been set.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_fault_handler(ZVM_FAULT_SEGV, 0xffffffff81000000ULL, 11, 0);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
