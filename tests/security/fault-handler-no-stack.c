/*
 * fault-handler-no-stack.c - a fault handler, and no stack to run it on.
 *
 * With the stack pointer at 0 and no alternate stack, the handler's frame
 * would go below address 0, which wraps to the top of the address space.
 * The supervisor refuses to call the handler, and the fault is reported
 * as if none had been set.
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
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)handler, 11, 0);
	attack_note("at", (uint64_t)(uintptr_t)attack_wrecked_insn);
	attack_wrecked(0, (void *)8);
	return 1;
}
