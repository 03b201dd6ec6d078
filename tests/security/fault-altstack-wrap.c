/*
 * fault-altstack-wrap.c - an alternate stack whose end wraps around.
 *
 * An alternate stack whose base plus size overflows 64 bits would put
 * the frame's top anywhere; it is refused, and the fault reported as if
 * no handler had been set.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

static void handler(int sig, struct zvm_siginfo *si, struct zvm_ucontext *uc)
{
	(void)sig, (void)si, (void)uc;
	out("the handler ran\n");
	zvm_exit(1);
}

int main(void)
{
	attack_fault_stack(0xfffffffffffff000ULL, 0x1000 + 0x20000);
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)handler, 11, ZVM_FAULT_ONSTACK);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
