/*
 * run.c - start zerovm and wait for it, as a shell starts a command:
 * same standard streams, same working directory, same process group, so
 * that ^C reaches zerovm directly and zerovm's own ending ("zerovm got
 * signal 2") is what gets reported.
 */
#define _GNU_SOURCE
#include "run.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP};
static volatile sig_atomic_t got_signal;
static volatile pid_t child;
static int caught[sizeof forwarded / sizeof forwarded[0]];

static void on_signal(int sig)
{
	int saved = errno;

	got_signal = sig;
	if (child > 0)
		kill(child, sig);
	errno = saved;
}

void run_catch_signals(void)
{
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) {
		/* A signal ignored on entry (nohup, a background job) stays
		 * ignored, for zerovm too. */
		if (sigaction(forwarded[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		if (sigaction(forwarded[i], &sa, NULL) == 0)
			caught[i] = 1;
	}
}

int run_pending_signal(void)
{
	return got_signal;
}

static int executable(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

char *run_find_zerovm(void)
{
	const char *env = getenv("ZEROVM"), *path = getenv("PATH"), *p;
	char self[PATH_MAX];
	ssize_t n;

	if (env != NULL && env[0] != '\0') {
		if (!executable(env))
			die(ZVSH_EXIT_ERROR, "ZEROVM=%s: not an executable file", env);
		return xstrdup(env);
	}
	/* The zerovm installed with this zvsh comes first. */
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0) {
		char *dir, *candidate;

		self[n] = '\0';
		dir = path_dir(self);
		candidate = xasprintf("%s/zerovm", strcmp(dir, "/") ? dir : "");
		free(dir);
		if (executable(candidate))
			return candidate;
		free(candidate);
	}
	for (p = path ? path : ""; path != NULL && *p != '\0';) {
		size_t len = strcspn(p, ":");
		char *candidate = len ? xasprintf("%.*s/zerovm", (int)len, p) : xstrdup("zerovm");

		if (executable(candidate)) {
			if (candidate[0] != '/') {
				char *cwd = getcwd(NULL, 0);
				char *abs = cwd ? path_absolute(cwd, candidate) : NULL;

				free(cwd);
				if (abs != NULL) {
					free(candidate);
					return abs;
				}
			}
			return candidate;
		}
		free(candidate);
		p += len;
		if (*p == ':')
			p++;
	}
	die(ZVSH_EXIT_ERROR, "cannot find zerovm: ZEROVM is not set, there is none beside zvsh, "
			     "and none in PATH");
}

void run_zerovm(const char *zerovm, const char *manifest, const char *report, struct run_result *r)
{
	char *argv[] = {"zerovm", "-T", (char *)report, (char *)manifest, NULL};
	sigset_t all, old;
	int exec_pipe[2], err = 0, status;
	ssize_t n;
	pid_t pid;
	size_t i;

	memset(r, 0, sizeof *r);
	/* exec's failure comes back through a pipe that exec closes. */
	if (pipe2(exec_pipe, O_CLOEXEC) < 0)
		die_errno(ZVSH_EXIT_ERROR, "pipe");
	fflush(NULL);
	/* Signals wait until the child's pid is known, so none is lost. */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid = fork();
	if (pid < 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		die_errno(ZVSH_EXIT_ERROR, "cannot start zerovm");
	}
	if (pid == 0) {
		for (i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++)
			if (caught[i])
				signal(forwarded[i], SIG_DFL);
		sigprocmask(SIG_SETMASK, &old, NULL);
		execv(zerovm, argv);
		err = errno;
		n = write(exec_pipe[1], &err, sizeof err);
		(void)n;
		_exit(127);
	}
	child = pid;
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(exec_pipe[1]);
	do
		n = read(exec_pipe[0], &err, sizeof err);
	while (n < 0 && errno == EINTR);
	close(exec_pipe[0]);
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			die_errno(ZVSH_EXIT_ERROR, "waiting for zerovm");
	}
	child = 0;
	if (n == (ssize_t)sizeof err) {
		errno = err;
		die_errno(ZVSH_EXIT_ERROR, "cannot run %s", zerovm);
	}
	r->exited = WIFEXITED(status);
	r->status = WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status);
	r->signal = got_signal;
}
