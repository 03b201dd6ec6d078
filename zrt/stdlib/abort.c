/*
 * abort.c - abort(3): end the process by SIGABRT, whatever its handler does.
 */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal/signal.h"

void abort(void)
{
	sigset_t set = ZRT_SIGBIT(SIGABRT);

	/* A handler gets its chance first, even with SIGABRT blocked. */
	__zrt_sigprocmask(SIG_UNBLOCK, &set, NULL);
	__zrt_signal_send(SIGABRT);
	/* It returned, or SIGABRT was ignored: POSIX says abort() ends the
	 * process anyway, as the default action would. */
	__zrt_signals.action[SIGABRT].sa_handler = SIG_DFL;
	__zrt_signal_send(SIGABRT);
	_exit(128 + SIGABRT);
}
