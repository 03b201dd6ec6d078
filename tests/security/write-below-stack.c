/*
 * write-below-stack.c - write just below the stack.
 *
 * The stack is a fixed 16 MiB mapping with nothing beneath it: it does
 * not grow, so a deep recursion or a stack clash lands in unmapped
 * memory, never in the heap or a host mapping.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)(uintptr_t)(ZVM_STACK_BASE - 8), 1);
	out("memory below the stack was written\n");
	return 1;
}
