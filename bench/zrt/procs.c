/*
 * procs.c - the cost of processes: "fork N" forks N children one after
 * the other, each exiting at once, and waits for each; "pipe MIB" sends
 * MIB MiB from a child to its parent through a pipe in 64 KiB writes.
 * Built with zvm-gcc and with the host's gcc (bench/procs.sh); both print
 * the same line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char buf[65536];

int main(int argc, char **argv)
{
	long i, n, got = 0;
	int p[2], st = 0;
	ssize_t r;
	pid_t pid;

	if (argc < 3)
		return 2;
	n = atol(argv[2]);
	if (strcmp(argv[1], "fork") == 0) {
		for (i = 0; i < n; i++) {
			pid = fork();
			if (pid == 0)
				_exit(7);
			if (pid < 0 || waitpid(pid, &st, 0) != pid || WEXITSTATUS(st) != 7)
				return 1;
		}
		printf("forked %ld\n", n);
		return 0;
	}
	if (strcmp(argv[1], "pipe") == 0) {
		if (pipe(p) != 0)
			return 1;
		pid = fork();
		if (pid == 0) {
			close(p[0]);
			memset(buf, 'x', sizeof(buf));
			for (i = 0; i < n * 16; i++)
				if (write(p[1], buf, sizeof(buf)) != (ssize_t)sizeof(buf))
					_exit(1);
			_exit(0);
		}
		close(p[1]);
		while ((r = read(p[0], buf, sizeof(buf))) > 0)
			got += r;
		waitpid(pid, &st, 0);
		printf("piped %ld MiB, status %d\n", got >> 20, WEXITSTATUS(st));
		return 0;
	}
	return 2;
}
