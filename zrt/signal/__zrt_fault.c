/*
 * __zrt_fault.c - the program's handlers for its own faults.
 *
 * A fault (SIGSEGV, SIGBUS, SIGFPE, SIGILL from the CPU, not from raise())
 * is the VM's to deliver: ZRT registers __zrt_fault_entry in the VM's fault
 * table (zvm.h, "Fault handlers") for each fault signal the program
 * catches, and the VM calls it on the alternate stack when SA_ONSTACK asks
 * for it, with a siginfo_t and a ucontext_t it wrote.  The entry runs the
 * handler as a delivery of ZRT's own would, with the mask and flags of
 * sigaction().  A handler cannot resume the faulting code: when it
 * returns, the VM ends the session with the fault's report, as Linux
 * would kill a process whose fault recurs.  It may leave by siglongjmp().
 */
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>
#include <zvm.h>

#include "internal/signal.h"

/* The VM writes its structures; the C library's must be the same. */
_Static_assert(sizeof(siginfo_t) == sizeof(struct zvm_siginfo), "siginfo_t");
_Static_assert(offsetof(siginfo_t, si_signo) == offsetof(struct zvm_siginfo, signo), "si_signo");
_Static_assert(offsetof(siginfo_t, si_errno) == offsetof(struct zvm_siginfo, error), "si_errno");
_Static_assert(offsetof(siginfo_t, si_code) == offsetof(struct zvm_siginfo, code), "si_code");
_Static_assert(offsetof(siginfo_t, si_addr) == offsetof(struct zvm_siginfo, addr), "si_addr");
_Static_assert(sizeof(stack_t) == sizeof(struct zvm_stack), "stack_t");
_Static_assert(offsetof(stack_t, ss_sp) == offsetof(struct zvm_stack, sp), "ss_sp");
_Static_assert(offsetof(stack_t, ss_flags) == offsetof(struct zvm_stack, flags), "ss_flags");
_Static_assert(offsetof(stack_t, ss_size) == offsetof(struct zvm_stack, size), "ss_size");
_Static_assert(sizeof(ucontext_t) == sizeof(struct zvm_ucontext), "ucontext_t");
_Static_assert(offsetof(ucontext_t, uc_stack) == offsetof(struct zvm_ucontext, stack), "uc_stack");
_Static_assert(offsetof(ucontext_t, uc_mcontext.gregs) == offsetof(struct zvm_ucontext, gregs),
	       "gregs");
_Static_assert(offsetof(ucontext_t, uc_mcontext.fpregs) == offsetof(struct zvm_ucontext, fpregs),
	       "fpregs");
_Static_assert(offsetof(ucontext_t, uc_sigmask) == offsetof(struct zvm_ucontext, sigmask),
	       "uc_sigmask");
_Static_assert(NGREG == ZVM_NGREG && REG_RSP == ZVM_REG_RSP && REG_RIP == ZVM_REG_RIP &&
		       REG_TRAPNO == ZVM_REG_TRAPNO && REG_CR2 == ZVM_REG_CR2,
	       "register indexes");
_Static_assert(SS_ONSTACK == ZVM_FAULT_SS_ONSTACK && SS_DISABLE == ZVM_FAULT_SS_DISABLE,
	       "ss_flags");
_Static_assert(SEGV_MAPERR == 1 && SEGV_ACCERR == 2 && FPE_INTDIV == 1 && ILL_ILLOPN == 2 &&
		       BUS_ADRERR == 2 && SI_KERNEL == 0x80,
	       "the kernel's si_code values");

static int slot_of(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return ZVM_FAULT_SEGV;
	case SIGBUS:
		return ZVM_FAULT_BUS;
	case SIGFPE:
		return ZVM_FAULT_FPE;
	case SIGILL:
		return ZVM_FAULT_ILL;
	default:
		return -1;
	}
}

static void __zrt_fault_entry(int sig, siginfo_t *info, void *context)
{
	struct __zrt_signals *s = &__zrt_signals;
	struct sigaction act;

	if (sig <= 0 || sig >= NSIG)
		return;
	act = s->action[sig];
	/* Ignored, or blocked: a fault cannot wait, and the session ends
	 * with its report, as Linux kills the process. */
	if (act.sa_handler == SIG_DFL || act.sa_handler == SIG_IGN || (s->blocked & ZRT_SIGBIT(sig)))
		return;
	__zrt_signal_enter(sig, &act);
	if (act.sa_flags & SA_SIGINFO)
		act.sa_sigaction(sig, info, context);
	else
		act.sa_handler(sig);
}

void __zrt_fault_sync(int sig)
{
	const struct sigaction *act = &__zrt_signals.action[sig];
	int slot = slot_of(sig);
	uint64_t handler = 0;

	if (slot < 0)
		return;
	if (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN)
		handler = (uint64_t)(uintptr_t)__zrt_fault_entry;
	ZVM_FAULT_TABLE->slot[slot].handler = 0;
	ZVM_FAULT_TABLE->slot[slot].signo = sig;
	ZVM_FAULT_TABLE->slot[slot].flags = (act->sa_flags & SA_ONSTACK) ? ZVM_FAULT_ONSTACK : 0;
	ZVM_FAULT_TABLE->slot[slot].handler = handler;
}
