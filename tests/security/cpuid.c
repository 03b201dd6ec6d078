/*
 * cpuid.c - ask the CPU who it is.
 *
 * CPUID tells the host CPU's model and features: host information, and a
 * source of nondeterminism between machines.  Where the CPU and kernel
 * support CPUID faulting (the cpuid_fault flag of /proc/cpuinfo), the
 * child turns it on and the instruction faults.  Elsewhere nothing can
 * stop it short of the validator, so the attack is skipped.
 *
 * requires-cpu-flag: cpuid_fault
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_cpuid_insn);
	out_num(attack_cpuid());
	return 1;
}
