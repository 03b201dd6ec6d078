/*
 * fault-handler-refault.c - a fault handler that faults again.
 *
 * The supervisor calls a nexe's fault handler once per session: the
 * handler cannot return into the faulting code, so a second fault (here
 * in the handler itself, with the stack pointer wrecked) must end the
 * session with that fault's report, not call the handler again, loop or
 * leave the kernel to kill the child without a word.
 *
 * expect-stdout: handler=11
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

static unsigned char alt[16384] __attribute__((aligned(16)));

static void handler(int sig, struct zvm_siginfo *si, struct zvm_ucontext *uc)
{
	(void)si, (void)uc;
	attack_out_result("handler", sig);
	attack_note("at", (uint64_t)(uintptr_t)attack_wrecked_insn);
	attack_wrecked(0, (void *)8);
}

int main(void)
{
	attack_fault_stack((uint64_t)(uintptr_t)alt, sizeof alt);
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)handler, 11, ZVM_FAULT_ONSTACK);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
