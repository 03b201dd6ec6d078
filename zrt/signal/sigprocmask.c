/*
 * sigprocmask.c - sigprocmask(2); unblocking delivers what was pending.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "internal/signal.h"
#include "internal/syscall.h"

int __zrt_sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	struct __zrt_signals *s = &__zrt_signals;
	sigset_t mask;

	if (old != NULL)
		*old = s->blocked;
	if (set == NULL)
		return 0;
	mask = *set & ZRT_SIGVALID & ~ZRT_SIGUNBLOCKABLE;
	switch (how) {
	case SIG_BLOCK:
		s->blocked |= mask;
		break;
	case SIG_UNBLOCK:
		s->blocked &= ~mask;
		break;
	case SIG_SETMASK:
		s->blocked = mask;
		break;
	default:
		return -EINVAL;
	}
	/* POSIX: a pending signal this unblocks is delivered before the
	 * call returns. */
	__zrt_signal_flush();
	return 0;
}

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return (int)__zrt_ret(__zrt_sigprocmask(how, set, old));
}
