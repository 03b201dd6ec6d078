/*
 * system.c - what newlib's system() calls (HAVE_SYSTEM, sysroot patch
 * 0008): run cmd with /bin/sh -c in a child and wait for it.  The answer
 * is the wait status, as waitpid() gives it (POSIX).  There are no
 * signals to ignore or block meanwhile: nothing sends ZeroVM processes
 * signals from outside.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int _system(const char *cmd);

int _system(const char *cmd)
{
	pid_t pid;
	int st;

	/* Whether a shell exists at all. */
	if (cmd == NULL)
		return access("/bin/sh", X_OK) == 0;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return st;
}
