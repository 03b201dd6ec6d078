/*
 * fault-handler-data.c - a fault handler in writable data.
 *
 * A handler address in the nexe's own data, which is not executable,
 * is refused: the fault is reported as if no handler had been set (the
 * supervisor never makes a jump the nexe itself could not make).
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

static uint64_t data[4] = {0xc3c3c3c3c3c3c3c3ULL};

int main(void)
{
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)data, 11, 0);
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)16, 1);
	out("the store did not fault\n");
	return 1;
}
