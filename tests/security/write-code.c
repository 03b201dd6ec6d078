/*
 * write-code.c - overwrite the nexe's own code.
 *
 * Self-modifying code would run instructions that zerovm never loaded
 * (and, once the validator exists, never checked).  The text segment is
 * mapped read+execute from the supervisor's memory file, so the store
 * faults; the trap page's handler reports the signal and the address of
 * the faulting instruction.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	/* int3; int3; ... over main itself */
	attack_store((void *)(uintptr_t)main, 0xccccccccccccccccULL);
	out("the code was overwritten\n");
	return 1;
}
