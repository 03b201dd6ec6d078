/*
 * fork-exit.c - the helper of fork-exit.t: a child and its parent each
 * read from stdin and write a file into a write-only image, and end; only
 * the parent's end is the session's.  Prints only "no processes" under a
 * zerovm that runs one.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void leave_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, path, 4) != 4 || close(fd) != 0)
		exit(2);
}

int main(void)
{
	char buf[8];
	int status = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("no processes\n");
		return 0;
	}
	if (pid == 0) {
		if (read(0, buf, 3) != 3)
			_exit(3);
		leave_file("/save/child");
		printf("child ends\n");
		exit(0);
	}
	if (waitpid(pid, &status, 0) != pid || status != 0)
		return 4;
	if (read(0, buf, 5) != 5)
		return 5;
	leave_file("/save/parent");
	printf("parent ends\n");
	return 0;
}
