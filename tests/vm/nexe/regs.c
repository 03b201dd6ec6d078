/*
 * regs.c - what the trap entry leaves in the registers a call may
 * clobber.  Makes 2000 traps (empty writes to stdout) and ORs together
 * %rcx, %rdx, %rsi, %rdi and %r11 as each trap returns them; prints 0
 * when every way through the trap entry cleared them, else 1.
 */
#include "nexe.h"

static uint64_t scratch_after_trap(uint64_t *args)
{
	register uint64_t rdi __asm__("rdi") = (uint64_t)(uintptr_t)args;
	register uint64_t r11 __asm__("r11");
	uint64_t rax, rcx, rdx, rsi;

	/* Below the red zone, which the call's return address would
	 * overwrite. */
	__asm__ volatile("sub $128, %%rsp\n\t"
			 "call *%[entry]\n\t"
			 "add $128, %%rsp"
			 : "+D"(rdi), "=a"(rax), "=c"(rcx), "=d"(rdx), "=S"(rsi), "=r"(r11)
			 : [entry] "r"((uint64_t)ZVM_TRAP_ADDR)
			 : "r8", "r9", "r10", "memory", "cc");
	(void)rax;
	return rcx | rdx | rsi | rdi | r11;
}

int main(void)
{
	static char none[1];
	uint64_t args[6] = {TrapWrite, 0, 1, (uint64_t)(uintptr_t)none, 0, 0};
	uint64_t seen = 0;
	int i;

	for (i = 0; i < 2000; i++)
		seen |= scratch_after_trap(args);
	out_num((long long)(seen != 0));
	out("\n");
	return 0;
}
