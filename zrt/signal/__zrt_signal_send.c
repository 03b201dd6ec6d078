/*
 * __zrt_signal_send.c - generate and deliver a signal within the process.
 */
#include <signal.h>
#include <stddef.h>
#include <unistd.h>

#include "internal/signal.h"

/* Zero-initialised: every action SIG_DFL, nothing blocked or pending. */
struct __zrt_signals __zrt_signals;

/* POSIX's default actions.  Stopping is ignored too: nothing could ever
 * continue a stopped nexe, so it would only hang until the timeout. */
static int default_ignores(int sig)
{
	switch (sig) {
	case SIGCHLD:
	case SIGURG:
	case SIGWINCH:
	case SIGCONT:
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return 1;
	default:
		return 0;
	}
}

void __zrt_signal_enter(int sig, const struct sigaction *act)
{
	struct __zrt_signals *s = &__zrt_signals;

	s->blocked |= act->sa_mask & ~ZRT_SIGUNBLOCKABLE;
	if (!(act->sa_flags & SA_NODEFER))
		s->blocked |= ZRT_SIGBIT(sig);
	if (act->sa_flags & SA_RESETHAND) {
		s->action[sig].sa_handler = SIG_DFL;
		s->action[sig].sa_flags &= ~SA_SIGINFO;
		__zrt_fault_sync(sig);
	}
}

static void deliver(int sig)
{
	struct __zrt_signals *s = &__zrt_signals;
	struct sigaction act = s->action[sig];
	sigset_t saved;

	s->pending &= ~ZRT_SIGBIT(sig);
	if (act.sa_handler == SIG_IGN)
		return;
	if (act.sa_handler == SIG_DFL) {
		if (default_ignores(sig))
			return;
		/* Ended by the signal: no atexit handlers, no stdio flush,
		 * and the status a shell shows for a killed process. */
		_exit(128 + sig);
	}
	saved = s->blocked;
	__zrt_signal_enter(sig, &act);
	if (act.sa_flags & SA_SIGINFO) {
		siginfo_t info = {.si_signo = sig, .si_code = SI_USER};

		act.sa_sigaction(sig, &info, NULL);
	} else {
		act.sa_handler(sig);
	}
	/* A handler that returns restores the mask it interrupted (even if
	 * it changed the mask itself), as the kernel's sigreturn does. */
	s->blocked = saved;
	__zrt_signal_flush();
}

void __zrt_signal_send(int sig)
{
	struct __zrt_signals *s = &__zrt_signals;

	if (sig == SIGKILL)
		_exit(128 + SIGKILL);
	/* An ignored signal is discarded even when it is blocked. */
	if (s->action[sig].sa_handler == SIG_IGN ||
	    (s->action[sig].sa_handler == SIG_DFL && default_ignores(sig)))
		return;
	if (s->blocked & ZRT_SIGBIT(sig)) {
		s->pending |= ZRT_SIGBIT(sig);
		return;
	}
	deliver(sig);
}

int __zrt_signal_caught(int sig)
{
	const struct __zrt_signals *s = &__zrt_signals;

	return s->action[sig].sa_handler != SIG_IGN && s->action[sig].sa_handler != SIG_DFL &&
	       !(s->blocked & ZRT_SIGBIT(sig));
}

void __zrt_signal_flush(void)
{
	struct __zrt_signals *s = &__zrt_signals;
	int sig;

	/* Each delivery may change the sets: start over after each one. */
	for (sig = 1; sig < NSIG; sig++) {
		if (s->pending & ~s->blocked & ZRT_SIGBIT(sig)) {
			deliver(sig);
			sig = 0;
		}
	}
}
