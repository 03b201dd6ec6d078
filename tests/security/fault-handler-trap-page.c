/*
 * fault-handler-trap-page.c - a fault handler in the trap page.
 *
 * The fault table (zvm.h) is the nexe's to write.  A handler address in
 * the trap page would run the VM's own code as a handler: its trap entry
 * with a frame for arguments, or the fault handler's second half.  The
 * supervisor calls only handlers in the nexe's own code, so the fault is
 * reported as if no handler had been set.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_fault_handler(ZVM_FAULT_SEGV, ZVM_TRAP_ADDR, 11, 0);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
