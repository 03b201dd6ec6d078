/*
 * signal.h - signals within the process.
 *
 * A nexe receives no signal from outside (the supervisor kills, it does
 * not signal), so every signal is one the program sends itself with
 * raise(), kill() or abort(), and is delivered at once, in the sender's
 * own call: a handler runs synchronously, a blocked signal waits in the
 * pending set until sigprocmask() or a returning handler unblocks it.
 * Only this header knows the table's layout.
 */
#ifndef ZRT_INTERNAL_SIGNAL_H
#define ZRT_INTERNAL_SIGNAL_H

#include <signal.h>

/* The bit of sig in a sigset_t, as newlib's sigaddset() sets it. */
#define ZRT_SIGBIT(sig) ((sigset_t)1 << (sig))

/* Signals 1 .. NSIG-1: every bit a set may meaningfully hold. */
#define ZRT_SIGVALID (((sigset_t)1 << NSIG) - 2)

/* What no mask may block (POSIX: silently left out). */
#define ZRT_SIGUNBLOCKABLE (ZRT_SIGBIT(SIGKILL) | ZRT_SIGBIT(SIGSTOP))

struct __zrt_signals {
	struct sigaction action[NSIG];
	sigset_t blocked;
	sigset_t pending;
};

extern struct __zrt_signals __zrt_signals;

/* Generate sig (1 .. NSIG-1) for the process: ignore it, leave it
 * pending if blocked, or act on it now.  A default action that ends the
 * process does not return. */
void __zrt_signal_send(int sig);

/* Whether sending sig now would run a handler: it is caught and not
 * blocked. */
int __zrt_signal_caught(int sig);

/* A handler for sig, with the action act, is about to run: block act's
 * mask and sig itself (unless SA_NODEFER); with SA_RESETHAND the action
 * goes back to SIG_DFL. */
void __zrt_signal_enter(int sig, const struct sigaction *act);

/* Act on every pending signal that is no longer blocked, lowest first. */
void __zrt_signal_flush(void);

/* sigaction() returning -errno. */
int __zrt_sigaction(int sig, const struct sigaction *act, struct sigaction *old);

/* Tell the VM whether the program catches the fault signal sig
 * (SIGSEGV, SIGBUS, SIGFPE, SIGILL; others are ignored) and how, after
 * its action changed (__zrt_fault.c). */
void __zrt_fault_sync(int sig);

/* sigprocmask() returning -errno. */
int __zrt_sigprocmask(int how, const sigset_t *set, sigset_t *old);

#endif
