/*
 * kill.c - kill(2) of the calling process itself; raise() comes here
 * too (newlib's raise() is kill(getpid(), sig)).
 */
#include <errno.h>
#include <signal.h>
#include <sys/types.h>

#include "internal/proc.h"
#include "internal/signal.h"
#include "internal/syscall.h"

static int do_kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return -EINVAL;
	/* Ourselves, our process group, or "everyone we may signal": a
	 * signal reaches only the caller, as zerovm carries none between
	 * processes. */
	if (pid != __zrt_self && pid != 0 && pid != -1 && pid != -ZRT_PID)
		return -ESRCH;
	if (sig != 0)
		__zrt_signal_send(sig);
	return 0;
}

int kill(pid_t pid, int sig)
{
	return (int)__zrt_ret(do_kill(pid, sig));
}
