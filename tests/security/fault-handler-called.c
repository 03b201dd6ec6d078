/*
 * fault-handler-called.c - a nexe's own fault handler, through the raw
 * ABI: the frame it gets must say exactly what the program did.
 *
 * The nexe sets a SIGSEGV handler on an alternate stack in its bss and
 * stores to address 0x10.  The handler must run on that stack with the
 * signal number the nexe registered, the fault's code and address, the
 * faulting instruction and stack pointer, and a return address in the
 * trap page; it then ends the session itself.
 *
 * expect-stdout: signo=1234
 * expect-stdout: code=1
 * expect-stdout: addr=16
 * expect-stdout: rip=ok
 * expect-stdout: rsp=ok
 * expect-stdout: rsi=ok
 * expect-stdout: on alternate stack=1
 * expect-stdout: stack flags=0
 * expect-stdout: trapno=14
 * expect-stdout: return into trap page=1
 * expect-state: ok
 * expect-status: 0
 * expect-return: 42
 */
#include "attack.h"

static unsigned char alt[16384] __attribute__((aligned(16)));
static volatile uint64_t fault_rsp;

static void handler(int sig, struct zvm_siginfo *si, struct zvm_ucontext *uc)
{
	uint64_t here = (uint64_t)(uintptr_t)&sig;
	uint64_t ret = (uint64_t)(uintptr_t)__builtin_return_address(0);

	attack_out_result("signo", sig);
	attack_out_result("code", si->code);
	attack_out_result("addr", (long long)si->addr);
	out(uc->gregs[ZVM_REG_RIP] == (int64_t)(uintptr_t)attack_store_insn ? "rip=ok\n"
									  : "rip=wrong\n");
	/* attack_store is called: the stack pointer is the caller's - 8. */
	out(uc->gregs[ZVM_REG_RSP] == (int64_t)(fault_rsp - 8) ? "rsp=ok\n" : "rsp=wrong\n");
	out(uc->gregs[ZVM_REG_RSI] == 0x4142434445464748LL ? "rsi=ok\n" : "rsi=wrong\n");
	attack_out_result("on alternate stack",
			  here >= (uint64_t)(uintptr_t)alt && here < (uint64_t)(uintptr_t)alt + sizeof alt);
	attack_out_result("stack flags", uc->stack.flags);
	attack_out_result("trapno", uc->gregs[ZVM_REG_TRAPNO]);
	attack_out_result("return into trap page",
			  ret >= ZVM_TRAP_ADDR && ret < ZVM_TRAP_ADDR + ZVM_TRAP_SIZE);
	zvm_exit(42);
}

int main(void)
{
	attack_fault_stack((uint64_t)(uintptr_t)alt, sizeof alt);
	attack_fault_handler(ZVM_FAULT_SEGV, (uint64_t)(uintptr_t)handler, 1234, ZVM_FAULT_ONSTACK);
	__asm__ volatile("mov %%rsp, %0" : "=r"(fault_rsp));
	attack_store((void *)16, 0x4142434445464748ULL);
	out("the store did not fault\n");
	return 1;
}
