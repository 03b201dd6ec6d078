/*
 * fault-wrecked-stack.c - fault with no stack, after wrecking the VM's
 * signal stack.
 *
 * The fault report must not depend on anything the nexe controls.  The
 * nexe fills the whole signal stack region (it is writable: the kernel
 * builds signal frames there) with garbage, sets %rsp to 0 and faults.
 * The kernel writes a fresh frame on the signal stack, the trap page's
 * handler reads only that frame, and the report is exact.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_wrecked_insn);
	memset((void *)(uintptr_t)ZVM_SIGSTACK_ADDR, 0xa5, ZVM_SIGSTACK_SIZE);
	attack_wrecked(0, (void *)8);
	return 1;
}
