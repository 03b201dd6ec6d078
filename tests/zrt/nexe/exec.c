/*
 * exec.c - execve() in ZRT: the program exec starts gets its arguments,
 * environment, identity, working directory, umask, clock and descriptors
 * from its predecessor.  tests/zrt/exec.t mounts an image holding this
 * nexe as /bin/exec (and as /bin/sh) and runs scenarios by argv[1].
 *
 * As "sh -c CMD" it plays a shell for system() and popen(): CMD "exit N"
 * exits N, anything else is printed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *const child_env[] = {"FOO=bar", "EMPTY=", NULL};

static int shell(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "-c") == 0) {
		if (strncmp(argv[2], "exit ", 5) == 0)
			return atoi(argv[2] + 5);
		printf("sh ran: %s\n", argv[2]);
		return 0;
	}
	printf("sh: usage\n");
	return 2;
}

/* The program exec started, reporting what it got. */
static int started(int argc, char **argv)
{
	char cwd[256], buf[16];
	struct stat st;
	ssize_t n;
	int i;

	printf("argc %d:", argc);
	for (i = 0; i < argc; i++)
		printf(" [%s]", argv[i]);
	printf("\nFOO=%s EMPTY=%s HOME=%s\n", getenv("FOO") ? getenv("FOO") : "(none)",
	       getenv("EMPTY") ? getenv("EMPTY") : "(none)",
	       getenv("HOME") ? getenv("HOME") : "(none)");
	printf("pid %d ppid %d\n", (int)getpid(), (int)getppid());
	printf("cwd %s umask %03o\n", getcwd(cwd, sizeof(cwd)) ? cwd : "?", (unsigned)umask(0));
	printf("fd 3 %s\n", fcntl(3, F_GETFD) < 0 && errno == EBADF ? "closed" : "open");
	n = read(4, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	printf("fd 4 reads [%s]%s\n", buf, n < 0 ? strerror(errno) : "");
	printf("fd 5 %s\n", fstat(5, &st) == 0 && S_ISFIFO(st.st_mode) ? "a pipe" : "not a pipe");
	printf("time after %d\n", time(NULL) >= atol(argv[2]));
	fflush(stdout);
	if (fcntl(5, F_GETFD) >= 0)
		write(5, "through the pipe", 16);
	return 5;
}

int main(int argc, char **argv)
{
	const char *base = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	int p[2], st = -1, fd;
	char buf[64], now[32];
	pid_t pid;
	ssize_t n;
	FILE *f;

	if (strcmp(base, "sh") == 0)
		return shell(argc, argv);
	if (argc > 1 && strcmp(argv[1], "started") == 0)
		return started(argc, argv);
	if (argc > 1 && strcmp(argv[1], "script-ran") == 0) {
		printf("script: argc %d [%s] [%s] [%s]\n", argc, argv[0], argv[2],
		       argc > 3 ? argv[3] : "");
		return 0;
	}
	if (argc < 2)
		return 1;
	if (strcmp(argv[1], "child") == 0) {
		chdir("/bin");
		umask(027);
		/* fd 3 close-on-exec; 4 a file half read, opened by a relative
		 * path; 5 a pipe's write end. */
		fd = open("/bin/data", O_RDONLY | O_CLOEXEC);
		if (fd != 3)
			return 10;
		if (open("data", O_RDONLY) != 4 || read(4, buf, 3) != 3)
			return 11;
		/* The read end moves to 7, the write end to 5. */
		if (pipe(p) != 0 || p[0] != 5 || dup2(p[0], 7) != 7)
			return 12;
		if (dup2(p[1], 5) != 5 || close(p[1]) != 0)
			return 13;
		fcntl(7, F_SETFD, FD_CLOEXEC);
		snprintf(now, sizeof(now), "%ld", (long)time(NULL));
		pid = fork();
		if (pid == 0) {
			char *args[] = {"renamed", "started", now, "two words", NULL};

			execve("/bin/exec", args, child_env);
			printf("execve failed: %s\n", strerror(errno));
			_exit(99);
		}
		close(5);
		printf("forked %d\n", (int)pid);
		fflush(stdout);
		pid = waitpid(pid, &st, 0);
		printf("waited %d status %d\n", (int)pid, WEXITSTATUS(st));
		n = read(7, buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		printf("the pipe gave [%s], then %d\n", buf, (int)read(7, buf, 1));
		return 0;
	}
	if (strcmp(argv[1], "pipe") == 0) {
		if (pipe(p) != 0)
			return 10;
		pid = fork();
		if (pid == 0) {
			dup2(p[1], 1);
			close(p[0]);
			close(p[1]);
			execl("/bin/sh", "sh", "-c", "hello from a pipe", (char *)NULL);
			_exit(99);
		}
		close(p[1]);
		n = read(p[0], buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		printf("read [%s]", buf);
		printf("then %d\n", (int)read(p[0], buf, sizeof(buf)));
		waitpid(pid, &st, 0);
		printf("status %d\n", st);
		return 0;
	}
	if (strcmp(argv[1], "system") == 0) {
		printf("system(NULL) %d\n", system(NULL));
		fflush(stdout);
		st = system("exit 3");
		printf("system exit 3: %d %d\n", WIFEXITED(st), WEXITSTATUS(st));
		fflush(stdout);
		st = system("some command");
		printf("system: %d\n", st);
		f = popen("from popen", "r");
		if (f == NULL || fgets(buf, sizeof(buf), f) == NULL)
			return 20;
		printf("popen read: %s", buf);
		printf("pclose: %d\n", pclose(f));
		return 0;
	}
	if (strcmp(argv[1], "script") == 0) {
		execl("/bin/script", "script", "arg", (char *)NULL);
		printf("script failed: %s\n", strerror(errno));
		return 1;
	}
	if (strcmp(argv[1], "errors") == 0) {
		static const char *const cases[][2] = {
		    {"missing", "/bin/none"},	 {"not executable", "/bin/data"},
		    {"not a nexe", "/bin/text"}, {"a directory", "/bin"},
		    {"loop", "/bin/loop"},
		};
		size_t i;

		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			int r = execl(cases[i][1], "x", (char *)NULL);

			printf("%s: %d %s\n", cases[i][0], r, strerror(errno));
		}
		return 0;
	}
	if (strcmp(argv[1], "path") == 0) {
		/* Without PATH, execvp() searches /bin:/usr/bin. */
		unsetenv("PATH");
		execlp("exec", "exec", "script-ran", "found", "on the default path", (char *)NULL);
		printf("execlp failed: %s\n", strerror(errno));
		return 1;
	}
	if (strcmp(argv[1], "self") == 0) {
		/* Process 1 replaces itself: the session's code is the new one's. */
		execl("/bin/exec", "exec", "script-ran", "x", "y", (char *)NULL);
		return 1;
	}
	return 1;
}
