/*
 * kill.c - kill(2) for the only process there is.
 */
#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal/proc.h"
#include "internal/syscall.h"

static int do_kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return -EINVAL;
	/* Ourselves, our process group, or "everyone we may signal". */
	if (pid != ZRT_PID && pid != 0 && pid != -1 && pid != -ZRT_PID)
		return -ESRCH;
	if (sig == 0)
		return 0;
	/* newlib's raise() calls handlers installed with signal() itself and
	 * comes here only for SIG_DFL, so perform the default action. */
	switch (sig) {
	case SIGCHLD:
	case SIGURG:
	case SIGWINCH:
	case SIGCONT:
		return 0; /* default action: ignore */
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return 0; /* nothing can continue a stopped nexe: do not stop */
	default:
		/* Terminate without atexit handlers or stdio flushing, and
		 * with the status a shell shows for a killed process. */
		_exit(128 + sig);
	}
}

int kill(pid_t pid, int sig)
{
	return (int)__zrt_ret(do_kill(pid, sig));
}
