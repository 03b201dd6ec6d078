/*
 * write-trap-page.c - overwrite the trap page's fault handler.
 *
 * The trap page holds the only code in the child that is the VM's own:
 * the trap entry, the fault handler (which the supervisor recognises by
 * its address) and the bootstrap.  Rewriting it would forge fault
 * reports or skip past them.  It is read+execute, so the store faults.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)(uintptr_t)(ZVM_TRAP_ADDR + 0x40), 0x050f0000746c7561ULL);
	out("the trap page was overwritten\n");
	return 1;
}
