/*
 * faults.c - a fault caught by the program: sigaltstack(), then a store
 * through a null pointer under a SIGSEGV handler on the alternate stack,
 * which gets the fault's siginfo_t and ucontext_t from the VM and leaves
 * by siglongjmp().  The VM calls a handler once per session, so the
 * other faults (SIGFPE, SIGILL, stack overflow, a second fault) are in
 * faults.t, one session each.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>
#include <zvm.h>

#include "tap/basic.h"

static char alt[65536] __attribute__((aligned(16)));
static sigjmp_buf env;
static volatile int calls, seen_sig, seen_code, seen_flags, on_alt, ctx_null, blocked_inside;
static void *volatile seen_addr;
static volatile long long seen_rip, seen_rsp, seen_rax, seen_trapno, seen_cr2;
static stack_t seen_stack, inner_stack;
static int *volatile null_pointer;

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void on_segv(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;
	sigset_t now;
	char here;

	calls++;
	seen_sig = sig;
	seen_code = si->si_code;
	seen_addr = si->si_addr;
	ctx_null = uc == NULL;
	on_alt = &here >= alt && &here < alt + sizeof alt;
	sigprocmask(SIG_BLOCK, NULL, &now);
	blocked_inside = sigismember(&now, SIGSEGV);
	sigaltstack(NULL, &inner_stack);
	if (uc != NULL) {
		seen_flags = uc->uc_stack.ss_flags;
		seen_stack = uc->uc_stack;
		seen_rip = uc->uc_mcontext.gregs[REG_RIP];
		seen_rsp = uc->uc_mcontext.gregs[REG_RSP];
		seen_rax = uc->uc_mcontext.gregs[REG_RAX];
		seen_trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
		seen_cr2 = uc->uc_mcontext.gregs[REG_CR2];
	}
	siglongjmp(env, 1);
}

/* The store, with a known value in %rax. */
static void __attribute__((noinline)) store_null(void)
{
	__asm__ volatile("mov $0x1234, %%eax\n\tmovl $1, (%0)" : : "r"(null_pointer) : "rax", "memory");
}

int main(void)
{
	struct sigaction sa;
	stack_t ss, old;
	sigset_t now;
	volatile int jumped = 0;

	plan(32);

	ok(sigaltstack(NULL, &old) == 0, "sigaltstack() reads the alternate stack");
	is_int(SS_DISABLE, old.ss_flags, "none at first: SS_DISABLE");
	ss.ss_sp = alt;
	ss.ss_size = MINSIGSTKSZ - 1;
	ss.ss_flags = 0;
	ok(fails_with(sigaltstack(&ss, NULL), ENOMEM), "a stack below MINSIGSTKSZ: ENOMEM");
	ss.ss_size = sizeof alt;
	ss.ss_flags = 0x100;
	ok(fails_with(sigaltstack(&ss, NULL), EINVAL), "an unknown flag: EINVAL");
	ss.ss_flags = 0;
	ok(sigaltstack(&ss, &old) == 0, "sigaltstack() sets a 64 KiB stack");
	is_int(SS_DISABLE, old.ss_flags, "and returns the old setting");
	ok(sigaltstack(NULL, &old) == 0 && old.ss_sp == alt && old.ss_size == sizeof alt &&
		   old.ss_flags == 0,
	   "it reads back, not in use");

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	ok(sigaction(SIGSEGV, &sa, NULL) == 0, "a SIGSEGV handler with SA_SIGINFO | SA_ONSTACK");

	/* raise() is ZRT's own delivery, on the current stack. */
	if (sigsetjmp(env, 1) == 0)
		raise(SIGSEGV);
	is_int(1, calls, "raise(SIGSEGV) runs the handler");
	is_int(SI_USER, seen_code, "with si_code SI_USER");
	ok(!on_alt, "on the current stack");

	calls = 0;
	if (sigsetjmp(env, 1) == 0) {
		store_null();
		jumped = -1;
	} else {
		jumped = 1;
	}
	is_int(1, jumped, "a store through a null pointer reaches the handler, which jumps out");
	is_int(1, calls, "the handler ran once");
	is_int(SIGSEGV, seen_sig, "its first argument is SIGSEGV (newlib's number)");
	is_int(SEGV_MAPERR, seen_code, "si_code is SEGV_MAPERR");
	ok(seen_addr == NULL, "si_addr is the address stored to (NULL)");
	ok(!ctx_null, "the third argument is a ucontext_t");
	ok(on_alt, "the handler runs on the alternate stack");
	is_int(0, seen_flags, "uc_stack.ss_flags: the fault was not on the alternate stack");
	ok(seen_stack.ss_sp == alt && seen_stack.ss_size == sizeof alt,
	   "uc_stack is the alternate stack");
	is_int(SS_ONSTACK, inner_stack.ss_flags, "sigaltstack() inside says SS_ONSTACK");
	is_int(1, blocked_inside, "SIGSEGV is blocked while its handler runs");
	ok(seen_rip >= (long long)(uintptr_t)store_null &&
		   seen_rip < (long long)(uintptr_t)store_null + 32,
	   "REG_RIP is in the faulting function (0x%llx)", seen_rip);
	ok(seen_rsp > (long long)ZVM_STACK_BASE && seen_rsp < (long long)ZVM_STACK_TOP,
	   "REG_RSP is on the main stack (0x%llx)", seen_rsp);
	is_int(0x1234, seen_rax, "REG_RAX holds what the program put there");
	is_int(14, seen_trapno, "REG_TRAPNO: a page fault");
	is_int(0, seen_cr2, "REG_CR2: the address");
	ok(sigprocmask(SIG_BLOCK, NULL, &now) == 0 && !sigismember(&now, SIGSEGV),
	   "siglongjmp() restored the mask");
	ok(sigaltstack(NULL, &old) == 0 && old.ss_flags == 0, "the alternate stack is free again");
	ss.ss_flags = SS_DISABLE;
	ok(sigaltstack(&ss, NULL) == 0, "SS_DISABLE removes it");
	ok(sigaltstack(NULL, &old) == 0 && old.ss_flags == SS_DISABLE, "and it reads back disabled");
	sa.sa_handler = SIG_DFL;
	sa.sa_flags = 0;
	ok(sigaction(SIGSEGV, &sa, NULL) == 0, "SIGSEGV back to SIG_DFL");
	return 0;
}
