/*
 * signal.c - signal(3) as sigaction() with BSD semantics.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "internal/signal.h"
#include "internal/syscall.h"

_sig_func_ptr signal(int sig, _sig_func_ptr func)
{
	struct sigaction act = {.sa_handler = func, .sa_flags = SA_RESTART};
	struct sigaction old;
	int r;

	/* The handler stays installed and its signal blocked while it runs,
	 * as on Linux and the BSDs, not reset to SIG_DFL as in System V. */
	r = __zrt_sigaction(sig, &act, &old);
	if (r < 0) {
		__zrt_ret(r);
		return SIG_ERR;
	}
	return old.sa_handler;
}
