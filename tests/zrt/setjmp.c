/*
 * setjmp.c - the POSIX jumps over ZRT's signal mask: sigsetjmp(3) with and
 * without saving the mask, siglongjmp(3) restoring it, and _setjmp(3)/
 * _longjmp(3), which leave it alone, as setjmp/longjmp do; and a jump
 * with the value 0, which C turns into 1.
 */
#include <setjmp.h>
#include <signal.h>

#include "tap/basic.h"

static sigjmp_buf sjb;
static jmp_buf jb;
static volatile int handled;

static sigset_t blocked(void)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return s;
}

static void block(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(SIG_BLOCK, &s, NULL);
}

static void set_mask_empty(void)
{
	sigset_t s;

	sigemptyset(&s);
	sigprocmask(SIG_SETMASK, &s, NULL);
}

/* A handler that leaves by siglongjmp: the mask it runs under (its own
 * signal blocked) must not outlive it when the jump restores the mask. */
static void jump_out(int sig)
{
	(void)sig;
	handled++;
	siglongjmp(sjb, 7);
}

static void count(int sig)
{
	(void)sig;
	handled++;
}

static void deep(int n)
{
	if (n < 0)
		return;
	if (n == 0)
		_longjmp(jb, 3);
	deep(n - 1);
}

int main(void)
{
	volatile int rounds = 0;
	sigset_t s;
	int r;

	plan(13);

	/* longjmp(env, 0): setjmp returns 1 (newlib's x86_64 longjmp
	 * returned 0, and this loop never ended). */
	r = setjmp(jb);
	rounds++;
	if (r == 0 && rounds < 3)
		longjmp(jb, 0);
	is_int(1, r, "longjmp with 0 makes setjmp return 1");
	is_int(2, rounds, "... after one jump");
	rounds = 0;

	/* sigsetjmp(env, 1): siglongjmp brings back the mask of the call. */
	set_mask_empty();
	r = sigsetjmp(sjb, 1);
	if (r == 0) {
		block(SIGUSR1);
		siglongjmp(sjb, 0);
	}
	is_int(1, r, "siglongjmp with 0 makes sigsetjmp return 1");
	s = blocked();
	is_int(0, sigismember(&s, SIGUSR1), "sigsetjmp(env, 1): the mask is restored");

	/* sigsetjmp(env, 0): the mask stays what it was at the jump. */
	r = sigsetjmp(sjb, 0);
	if (r == 0) {
		block(SIGUSR2);
		siglongjmp(sjb, 5);
	}
	is_int(5, r, "siglongjmp's value");
	s = blocked();
	is_int(1, sigismember(&s, SIGUSR2), "sigsetjmp(env, 0): the mask is left as it was");
	set_mask_empty();

	/* Leaving a handler by siglongjmp. */
	signal(SIGUSR1, jump_out);
	r = sigsetjmp(sjb, 1);
	if (r == 0)
		raise(SIGUSR1);
	is_int(7, r, "siglongjmp out of a signal handler");
	is_int(1, handled, "... the handler ran once");
	s = blocked();
	is_int(0, sigismember(&s, SIGUSR1), "... and its signal is no longer blocked");
	signal(SIGUSR1, count);
	raise(SIGUSR1);
	is_int(2, handled, "... so it can be delivered again");
	set_mask_empty();

	/* _setjmp/_longjmp: through a deep stack, mask untouched. */
	r = _setjmp(jb);
	rounds++;
	if (r == 0) {
		block(SIGUSR2);
		deep(100);
	}
	is_int(3, r, "_longjmp out of 100 frames");
	is_int(2, rounds, "_setjmp returned twice");
	s = blocked();
	is_int(1, sigismember(&s, SIGUSR2), "_longjmp leaves the mask alone");
	return 0;
}
