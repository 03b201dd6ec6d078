/*
 * sigpending.c - sigpending(2): the signals raised while blocked.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "internal/signal.h"
#include "internal/syscall.h"

int sigpending(sigset_t *set)
{
	if (set == NULL)
		return (int)__zrt_ret(-EFAULT);
	*set = __zrt_signals.pending;
	return 0;
}
