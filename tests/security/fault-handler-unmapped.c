/*
 * fault-handler-unmapped.c - a fault handler in unmapped memory.
 *
 * A handler address in the guard below the stack, which is never
 * mapped, is refused: the fault is reported as if no handler had been
 * set.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_fault_handler(ZVM_FAULT_SEGV, ZVM_HEAP_LIMIT + 0x100, 11, 0);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
