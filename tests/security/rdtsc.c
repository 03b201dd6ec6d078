/*
 * rdtsc.c - read the time-stamp counter.
 *
 * RDTSC is a clock that needs no system call: with it a nexe could time
 * its own accesses (cache side channels) and would stop being
 * deterministic.  The child sets PR_TSC_SIGSEGV, so the instruction
 * faults.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_rdtsc_insn);
	out_num((long long)attack_rdtsc());
	return 1;
}
