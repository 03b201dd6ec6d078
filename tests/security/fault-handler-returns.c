/*
 * fault-handler-returns.c - a fault handler that returns.
 *
 * The fault cannot be resumed: the handler's return address leads into
 * the trap page, and the session ends with the report of the fault the
 * handler was called for, exactly as if it had not been caught.
 *
 * expect-stdout: handler=11
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

static void handler(int sig, struct zvm_siginfo *si, struct zvm_ucontext *uc)
{
	(void)si, (void)uc;
	attack_out_result("handler", sig);
}

int main(void)
{
	/* On the faulting stack: no alternate stack is set. */
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)handler, 11, ZVM_FAULT_ONSTACK);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
