/*
 * rdtscp.c - read the time-stamp counter with RDTSCP.
 *
 * RDTSCP is the same clock as RDTSC (plus the CPU number); PR_SET_TSC
 * covers both.  A CPU without RDTSCP would raise #UD (SIGILL) instead,
 * which proves nothing about the sandbox, so the attack needs the flag.
 *
 * requires-cpu-flag: rdtscp
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_rdtscp_insn);
	out_num((long long)attack_rdtscp());
	return 1;
}
