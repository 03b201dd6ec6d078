/*
 * forks.c - the helper of fork-output.t: process 1 and three children
 * print to stdout, yielding to one another between lines, and process 1
 * prints how each ended.  Prints only "no processes" under a zerovm that
 * runs one.
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int i, line, status;
	pid_t pid;

	printf("process %d starts\n", (int)getpid());
	fflush(stdout);
	for (i = 0; i < 3; i++) {
		pid = fork();
		if (pid < 0) {
			printf("no processes\n");
			return 0;
		}
		if (pid == 0) {
			for (line = 0; line < 3; line++) {
				/* Unbuffered lines, so that the order is the
				 * order in which the processes ran. */
				printf("child %d (parent %d) line %d\n", (int)getpid(),
				       (int)getppid(), line);
				fflush(stdout);
				sched_yield();
			}
			/* exit() flushes this one. */
			printf("child %d ends\n", (int)getpid());
			exit(10 + i);
		}
		printf("process 1 started %d\n", (int)pid);
		fflush(stdout);
	}
	sched_yield();
	printf("process 1 yielded\n");
	fflush(stdout);
	while ((pid = wait(&status)) > 0)
		printf("process %d exited %d\n", (int)pid, WEXITSTATUS(status));
	return 0;
}
