/*
 * fault.c - one fault under a handler, for faults.t: which one is the
 * first word on stdin.  Everything it prints goes straight to the channel
 * with write(), so that it is there even when the session ends by the
 * fault.
 *
 *   fpe        divide by zero under a SIGFPE handler; exit 3
 *   ill        ud2 under a SIGILL handler; exit 4
 *   overflow   unbounded recursion under a SIGSEGV handler on an
 *              alternate stack; exit 2, as gnulib's c-stack does
 *   nostack    the same without SA_ONSTACK: no stack to run the handler
 *   again      a SIGSEGV handler that jumps out, then a second fault
 *   return     a SIGSEGV handler that returns
 *   ignored    SIGSEGV ignored, then a fault
 *   dump       the handler prints every byte of its siginfo_t and
 *              ucontext_t, for comparing runs; exit 5
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <zvm.h>

static char alt[65536] __attribute__((aligned(16)));
static sigjmp_buf env;
static int *volatile null_pointer;
static volatile int zero, one = 1;

static void say(const char *fmt, ...)
{
	char b[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(b, sizeof b, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof b - 1)
		n = (int)sizeof b - 1;
	if (n > 0)
		write(1, b, (size_t)n);
}

static void on_fpe(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;

	say("fpe: sig=%d code=%d addr=rip:%d\n", sig == SIGFPE, si->si_code,
	    (long long)(uintptr_t)si->si_addr == uc->uc_mcontext.gregs[REG_RIP]);
	_exit(3);
}

static void on_ill(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;

	say("ill: sig=%d code=%d addr=rip:%d\n", sig == SIGILL, si->si_code,
	    (long long)(uintptr_t)si->si_addr == uc->uc_mcontext.gregs[REG_RIP]);
	_exit(4);
}

static void on_overflow(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;
	uintptr_t addr = (uintptr_t)si->si_addr;
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
	char here;

	say("overflow: sig=%d code=%d below-stack=%d near-sp=%d on-alt=%d\n", sig == SIGSEGV,
	    si->si_code, addr < ZVM_STACK_BASE, addr + 4096 >= sp && addr <= sp + 4096,
	    &here >= alt && &here < alt + sizeof alt);
	_exit(2);
}

static void on_again(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;

	(void)si;
	say("caught %d at 0x%llx\n", sig == SIGSEGV, uc->uc_mcontext.gregs[REG_RIP]);
	siglongjmp(env, 1);
}

static void on_return(int sig, siginfo_t *si, void *context)
{
	ucontext_t *uc = context;

	(void)si;
	say("returning %d from 0x%llx\n", sig == SIGSEGV, uc->uc_mcontext.gregs[REG_RIP]);
}

static void on_dump(int sig, siginfo_t *si, void *context)
{
	const unsigned char *p;
	size_t i;

	(void)sig;
	say("siginfo:");
	for (p = (const unsigned char *)si, i = 0; i < sizeof *si; i++)
		say(" %02x", p[i]);
	say("\nucontext:");
	for (p = context, i = 0; i < sizeof(ucontext_t); i++)
		say(" %02x", p[i]);
	say("\n");
	_exit(5);
}

/* Recursion the compiler cannot see the end of, nor turn into a loop;
 * limit is never reached. */
static volatile unsigned long limit = ~0UL;

static unsigned long __attribute__((noinline)) recurse(unsigned long n)
{
	volatile char pad[256];

	pad[0] = (char)n;
	if (n == limit)
		return 0;
	return recurse(n + 1) + pad[0];
}

static void catch(int sig, void (*handler)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO | flags;
	sigaction(sig, &sa, NULL);
}

static void set_alt_stack(void)
{
	stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0};

	sigaltstack(&ss, NULL);
}

int main(void)
{
	char mode[32] = "";
	ssize_t n = read(0, mode, sizeof mode - 1);

	if (n > 0)
		mode[strcspn(mode, " \n")] = '\0';
	if (strcmp(mode, "fpe") == 0) {
		catch(SIGFPE, on_fpe, 0);
		say("%d\n", one / zero);
	} else if (strcmp(mode, "ill") == 0) {
		catch(SIGILL, on_ill, 0);
		__builtin_trap();
	} else if (strcmp(mode, "overflow") == 0 || strcmp(mode, "nostack") == 0) {
		set_alt_stack();
		catch(SIGSEGV, on_overflow, mode[0] == 'o' ? SA_ONSTACK : 0);
		say("%lu\n", recurse(0));
	} else if (strcmp(mode, "again") == 0) {
		catch(SIGSEGV, on_again, 0);
		if (sigsetjmp(env, 1) == 0)
			*null_pointer = 1;
		say("back\n");
		*null_pointer = 2;
		say("survived the second fault\n");
	} else if (strcmp(mode, "return") == 0) {
		catch(SIGSEGV, on_return, 0);
		*null_pointer = 1;
		say("resumed\n");
	} else if (strcmp(mode, "ignored") == 0) {
		signal(SIGSEGV, SIG_IGN);
		*null_pointer = 1;
		say("resumed\n");
	} else if (strcmp(mode, "dump") == 0) {
		set_alt_stack();
		catch(SIGSEGV, on_dump, SA_ONSTACK);
		*null_pointer = 1;
	}
	say("no fault for mode '%s'\n", mode);
	return 1;
}
