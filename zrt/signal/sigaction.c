/*
 * sigaction.c - sigaction(2) over ZRT's one handler table.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "internal/signal.h"
#include "internal/syscall.h"

int __zrt_sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	struct __zrt_signals *s = &__zrt_signals;

	if (sig <= 0 || sig >= NSIG)
		return -EINVAL;
	if (act != NULL && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	if (old != NULL)
		*old = s->action[sig];
	if (act == NULL)
		return 0;
	s->action[sig] = *act;
	/* newlib's sigaddset() macro sign-extends bit 31 into the upper
	 * half of the long: keep only real signals. */
	s->action[sig].sa_mask &= ZRT_SIGVALID & ~ZRT_SIGUNBLOCKABLE;
	__zrt_fault_sync(sig);
	/* POSIX: setting SIG_IGN discards the signal if it is pending. */
	if (act->sa_handler == SIG_IGN)
		s->pending &= ~ZRT_SIGBIT(sig);
	return 0;
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	return (int)__zrt_ret(__zrt_sigaction(sig, act, old));
}
