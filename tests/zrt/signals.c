/*
 * signals.c - signals within the process: handlers run synchronously in
 * raise() and kill(), masks hold signals pending until unblocked, and the
 * sigaction flags do what POSIX says.  It ends with abort() under a
 * SIGABRT handler that returns: the handler runs, then the process still
 * ends by SIGABRT (128 + 6).
 *
 * exit: 134
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap/basic.h"

static int hits[NSIG];
static char order[16];
static int norder;
static sigset_t mask_inside;
static int depth, max_depth;
static int info_signo, info_code, ctx_null;

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void count(int sig)
{
	hits[sig]++;
	if (norder < (int)sizeof(order) - 1)
		order[norder++] = (char)('A' + sig);
	sigprocmask(SIG_BLOCK, NULL, &mask_inside);
}

/* Raises its own signal once from inside. */
static void reenter(int sig)
{
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	order[norder++] = (char)('0' + depth);
	if (hits[sig]++ == 0)
		raise(sig);
	order[norder++] = 'r';
	depth--;
}

static void with_info(int sig, siginfo_t *info, void *ctx)
{
	info_signo = info->si_signo;
	info_code = info->si_code;
	ctx_null = ctx == NULL;
}

static void on_abort(int sig)
{
	ok(sig == SIGABRT, "abort() runs the SIGABRT handler");
}

static sigset_t only(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	return s;
}

static void check_signal(void)
{
	ok(signal(SIGUSR1, count) == SIG_DFL, "signal() returns the old handler, SIG_DFL");
	is_int(0, raise(SIGUSR1), "raise(SIGUSR1)");
	is_int(1, hits[SIGUSR1], "... ran the handler before raise() returned");
	is_int(0, raise(SIGUSR1), "raise(SIGUSR1) again");
	is_int(2, hits[SIGUSR1], "... the handler stays installed (BSD semantics)");
	ok(signal(SIGUSR1, count) == count, "signal() returns the installed handler");
	signal(SIGUSR2, count);
	is_int(0, kill(getpid(), SIGUSR2), "kill(getpid(), SIGUSR2)");
	is_int(1, hits[SIGUSR2], "... runs the handler too");
	is_int(0, kill(0, SIGUSR2), "kill(0, SIGUSR2): the process group is the process");
	is_int(2, hits[SIGUSR2], "... runs it again");
	ok(signal(SIGINT, SIG_IGN) == SIG_DFL, "signal(SIGINT, SIG_IGN)");
	is_int(0, raise(SIGINT), "raise of an ignored signal returns 0");
	errno = 0;
	ok(signal(0, count) == SIG_ERR && errno == EINVAL, "signal(0): SIG_ERR, EINVAL");
	ok(signal(NSIG, count) == SIG_ERR && errno == EINVAL, "signal(NSIG): SIG_ERR, EINVAL");
	ok(signal(SIGKILL, count) == SIG_ERR && errno == EINVAL, "SIGKILL cannot be caught");
	ok(signal(SIGSTOP, SIG_IGN) == SIG_ERR && errno == EINVAL, "SIGSTOP cannot be ignored");
}

static void check_sigaction(void)
{
	struct sigaction act, old;

	memset(&act, 0, sizeof(act));
	act.sa_handler = count;
	sigemptyset(&act.sa_mask);
	sigaddset(&act.sa_mask, SIGHUP);
	act.sa_flags = SA_RESTART;
	is_int(0, sigaction(SIGTERM, &act, NULL), "sigaction(SIGTERM)");
	memset(&old, 0, sizeof(old));
	is_int(0, sigaction(SIGTERM, NULL, &old), "sigaction query");
	ok(old.sa_handler == count && old.sa_flags == SA_RESTART, "... returns handler and flags");
	ok(sigismember(&old.sa_mask, SIGHUP) && !sigismember(&old.sa_mask, SIGINT),
	   "... and sa_mask");
	memset(&mask_inside, 0, sizeof(mask_inside));
	raise(SIGTERM);
	ok(sigismember(&mask_inside, SIGTERM), "in the handler its own signal is blocked");
	ok(sigismember(&mask_inside, SIGHUP), "... and so is sa_mask");
	sigprocmask(SIG_BLOCK, NULL, &old.sa_mask);
	ok(!sigismember(&old.sa_mask, SIGTERM) && !sigismember(&old.sa_mask, SIGHUP),
	   "after it returns the mask is as before");

	ok(fails_with(sigaction(SIGKILL, &act, NULL), EINVAL), "sigaction(SIGKILL, act): EINVAL");
	is_int(0, sigaction(SIGKILL, NULL, &old), "sigaction(SIGKILL, NULL, old) may query");
	ok(old.sa_handler == SIG_DFL, "... SIG_DFL");
	ok(fails_with(sigaction(0, NULL, &old), EINVAL), "sigaction(0): EINVAL");
	ok(fails_with(sigaction(NSIG, NULL, &old), EINVAL), "sigaction(NSIG): EINVAL");

	/* Without SA_NODEFER a raise inside waits until the handler returns. */
	act.sa_handler = reenter;
	sigemptyset(&act.sa_mask);
	act.sa_flags = 0;
	sigaction(SIGALRM, &act, NULL);
	norder = 0;
	hits[SIGALRM] = 0;
	raise(SIGALRM);
	order[norder] = '\0';
	is_string("1r1r", order, "a signal raised in its own handler runs after it returns");
	act.sa_flags = SA_NODEFER;
	sigaction(SIGALRM, &act, NULL);
	norder = 0;
	hits[SIGALRM] = 0;
	max_depth = 0;
	raise(SIGALRM);
	order[norder] = '\0';
	is_string("12rr", order, "SA_NODEFER: it runs nested, at once");
	is_int(2, max_depth, "... two handlers deep");

	act.sa_handler = count;
	act.sa_flags = SA_RESETHAND;
	sigaction(SIGPIPE, &act, NULL);
	raise(SIGPIPE);
	sigaction(SIGPIPE, NULL, &old);
	ok(hits[SIGPIPE] == 1 && old.sa_handler == SIG_DFL,
	   "SA_RESETHAND: the handler runs once, then SIG_DFL");

	memset(&act, 0, sizeof(act));
	act.sa_sigaction = with_info;
	act.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &act, NULL);
	raise(SIGUSR1);
	is_int(SIGUSR1, info_signo, "SA_SIGINFO: si_signo");
	is_int(SI_USER, info_code, "... si_code is SI_USER");
	ok(ctx_null, "... and no context");
}

static void check_masks(void)
{
	sigset_t set = only(SIGUSR2), pending, cur;
	struct sigaction act;

	hits[SIGUSR2] = 0;
	signal(SIGUSR2, count);
	is_int(0, sigprocmask(SIG_BLOCK, &set, NULL), "block SIGUSR2");
	raise(SIGUSR2);
	raise(SIGUSR2);
	is_int(0, hits[SIGUSR2], "a blocked signal is not delivered");
	is_int(0, sigpending(&pending), "sigpending");
	ok(sigismember(&pending, SIGUSR2), "... shows it pending");
	is_int(0, sigprocmask(SIG_UNBLOCK, &set, NULL), "unblock SIGUSR2");
	is_int(1, hits[SIGUSR2], "... delivers it once, before sigprocmask returns");
	sigpending(&pending);
	ok(!sigismember(&pending, SIGUSR2), "... and it is no longer pending");

	set = only(SIGKILL);
	sigaddset(&set, SIGSTOP);
	sigprocmask(SIG_SETMASK, &set, NULL);
	sigprocmask(SIG_SETMASK, NULL, &cur);
	ok(!sigismember(&cur, SIGKILL) && !sigismember(&cur, SIGSTOP),
	   "SIGKILL and SIGSTOP cannot be blocked");
	ok(fails_with(sigprocmask(99, &set, NULL), EINVAL), "sigprocmask(99, set): EINVAL");
	is_int(0, sigprocmask(99, NULL, &cur), "sigprocmask(99, NULL) only reads the mask");

	/* Ignoring a pending signal discards it. */
	set = only(SIGQUIT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGQUIT, count);
	raise(SIGQUIT);
	signal(SIGQUIT, SIG_IGN);
	sigpending(&pending);
	ok(!sigismember(&pending, SIGQUIT), "setting SIG_IGN discards a pending signal");
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	is_int(0, hits[SIGQUIT], "... it never runs");

	/* Several pending signals are delivered lowest number first. */
	memset(&act, 0, sizeof(act));
	act.sa_handler = count;
	sigaction(SIGHUP, &act, NULL);
	sigaction(SIGUSR1, &act, NULL);
	sigaction(SIGUSR2, &act, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR2);
	raise(SIGHUP);
	raise(SIGUSR1);
	norder = 0;
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	order[norder] = '\0';
	{
		char want[4] = {(char)('A' + SIGHUP), (char)('A' + SIGUSR1), (char)('A' + SIGUSR2),
				0};

		is_string(want, order, "pending signals run lowest number first");
	}
}

static void check_defaults(void)
{
	signal(SIGCHLD, SIG_DFL);
	is_int(0, raise(SIGCHLD), "SIGCHLD's default action is to ignore it");
	is_int(0, raise(SIGWINCH), "SIGWINCH too");
	is_int(0, raise(SIGCONT), "SIGCONT too");
	is_int(0, raise(SIGTSTP), "SIGTSTP: a nexe is never stopped");
	ok(strsignal(SIGTERM) != NULL, "strsignal(SIGTERM)");
}

int main(void)
{
	sigset_t set = only(SIGABRT);

	plan(54);
	check_signal();
	check_sigaction();
	check_masks();
	check_defaults();
	/* Blocked and handled: abort() unblocks it, runs the handler, and
	 * ends the process even though the handler returns. */
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGABRT, on_abort);
	abort();
}
