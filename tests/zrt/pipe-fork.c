/*
 * pipe-fork.c - pipes between processes: a child writes 1 MiB that its
 * parent reads whole, then end of file once the child has ended; EPIPE
 * (and SIGPIPE's default action) when no reader is left anywhere; a
 * blocking read that lets the writer run; poll() and select() waiting for
 * another process; a child ended by a fault that held a write end;
 * EDEADLK again once only the caller holds the other end; a grandchild's
 * end; a FIFO, which each process has its own copy of; and EDEADLK when
 * the process at the other end waits for the caller to end.
 *
 * Children report through their exit status only.  Under a zerovm
 * without processes, or without a shared region, every test is skipped.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zvm.h>

#include "fsutil.h"
#include "tap/basic.h"

#define MIB	      (1024 * 1024)
#define ZRT_PIPE_SIZE 65536 /* as on Linux */

static unsigned char pattern(size_t i)
{
	return (unsigned char)(i * 7 % 251);
}

/* In the child: write 1 MiB in pieces of 10000 bytes. */
static int write_mib(int fd)
{
	static unsigned char buf[10000];
	size_t at = 0, i, n;
	ssize_t r;

	while (at < MIB) {
		n = MIB - at < sizeof(buf) ? MIB - at : sizeof(buf);
		for (i = 0; i < n; i++)
			buf[i] = pattern(at + i);
		r = write(fd, buf, n);
		if (r != (ssize_t)n)
			return 1;
		at += n;
	}
	return 0;
}

static pid_t start(int (*child)(int), int fd, int close_fd)
{
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		if (close_fd >= 0)
			close(close_fd);
		_exit(child(fd));
	}
	return pid;
}

static int writes_epipe(int fd)
{
	signal(SIGPIPE, SIG_IGN);
	return write(fd, "x", 1) == -1 && errno == EPIPE ? 0 : 1;
}

static int writes_sigpipe(int fd)
{
	write(fd, "x", 1);
	return 2; /* not reached: SIGPIPE ends the process */
}

static int writes_hello(int fd)
{
	return write(fd, "hello", 5) == 5 ? 0 : 1;
}

static int faults(int fd)
{
	volatile uintptr_t guard = 8;

	*(volatile int *)guard = fd;
	return 0;
}

static int same_ino(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 ? (int)(st.st_ino & 0x7f) : 255;
}

static void check_mib(void)
{
	static unsigned char buf[65536];
	size_t got = 0, bad = 0, i;
	int p[2], status = -1;
	ssize_t r;
	pid_t pid;

	is_int(0, pipe(p), "pipe");
	pid = start(write_mib, p[1], p[0]);
	close(p[1]);
	while ((r = read(p[0], buf, sizeof(buf))) > 0) {
		for (i = 0; i < (size_t)r; i++)
			bad += buf[i] != pattern(got + i);
		got += (size_t)r;
	}
	is_int(0, r, "the parent reads to end of file");
	is_int(MIB, got, "... 1 MiB that the child wrote");
	is_int(0, bad, "... every byte in order");
	is_int(pid, waitpid(pid, &status, 0), "waitpid");
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "... every write was whole");
	is_int(0, read(p[0], buf, 1), "end of file again after the child is gone");
	close(p[0]);
}

static void check_epipe(void)
{
	int p[2], status = -1;
	pid_t pid;

	pipe(p);
	pid = start(writes_epipe, p[1], p[0]);
	close(p[0]);
	close(p[1]);
	waitpid(pid, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	   "no read end in any process: the child's write fails with EPIPE");

	pipe(p);
	pid = start(writes_sigpipe, p[1], p[0]);
	close(p[0]);
	close(p[1]);
	waitpid(pid, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 128 + SIGPIPE,
	   "... and SIGPIPE's default action ends it (status %#x)", status);
}

static void check_wait_for_writer(void)
{
	struct pollfd pfd;
	fd_set rfds;
	char buf[8] = "";
	int p[2], status = -1;
	struct stat st;
	pid_t pid;

	pipe(p);
	pid = start(writes_hello, p[1], -1);
	is_int(5, read(p[0], buf, sizeof(buf)),
	       "a blocking read of an empty pipe lets the writer run");
	is_blob("hello", buf, 5, "... and gets what it wrote");
	waitpid(pid, &status, 0);
	is_errno(read(p[0], buf, 1), EDEADLK, "the writer gone, only our own end: EDEADLK");

	pid = start(writes_hello, p[1], -1);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	is_int(1, poll(&pfd, 1, -1), "poll without a timeout lets the writer run");
	is_int(POLLIN, pfd.revents, "... POLLIN");
	is_int(5, read(p[0], buf, sizeof(buf)), "... and the data is there");
	waitpid(pid, &status, 0);

	pid = start(writes_hello, p[1], -1);
	FD_ZERO(&rfds);
	FD_SET(p[0], &rfds);
	is_int(1, select(p[0] + 1, &rfds, NULL, NULL, NULL),
	       "select without a timeout lets the writer run");
	ok(FD_ISSET(p[0], &rfds), "... the read end is readable");
	is_int(5, read(p[0], buf, sizeof(buf)), "... and the data is there");
	waitpid(pid, &status, 0);

	fstat(p[0], &st);
	pid = start(same_ino, p[0], -1);
	waitpid(pid, &status, 0);
	is_int(st.st_ino & 0x7f, WEXITSTATUS(status), "the child sees the same pipe (st_ino)");
	close(p[0]);
	close(p[1]);
}

/* A grandchild writes; the child closes its own write end and ends. */
static int forks_writer(int fd)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(write(fd, "deep", 4) == 4 ? 0 : 1);
	close(fd);
	return pid > 0 ? 0 : 1;
}

/* The FIFO's pipe is this process's own copy, both ends its own: an
 * empty read cannot wait for anyone. */
static int reads_fifo_copy(int fd)
{
	char c;

	return read(fd, &c, 1) == -1 && errno == EDEADLK ? 0 : 1;
}

/* The parent holds the write end and waits for this child. */
static int reads_deadlock(int fd)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	char c;

	if (read(fd, &c, 1) != -1 || errno != EDEADLK)
		return 1;
	return poll(&pfd, 1, -1) == -1 && errno == EDEADLK ? 0 : 2;
}

/* The parent holds the read end and waits for this child. */
static int writes_deadlock(int fd)
{
	static char big[ZRT_PIPE_SIZE + 1];

	if (write(fd, big, sizeof(big)) != ZRT_PIPE_SIZE)
		return 1;
	return write(fd, big, 1) == -1 && errno == EDEADLK ? 0 : 2;
}

static void check_deadlock(void)
{
	int p[2], status = -1;
	pid_t pid;

	pipe(p);
	pid = start(reads_deadlock, p[0], p[1]);
	waitpid(pid, &status, 0);
	is_int(0, WEXITSTATUS(status),
	       "the writer waits for the reader to end: read and poll fail with EDEADLK");
	close(p[0]);
	close(p[1]);

	pipe(p);
	pid = start(writes_deadlock, p[1], p[0]);
	close(p[1]);
	waitpid(pid, &status, 0);
	is_int(0, WEXITSTATUS(status),
	       "the reader waits for the writer to end: a short write, then EDEADLK");
	close(p[0]);
}

static void check_inherited(void)
{
	char buf[8];
	int p[2], status = -1, fd = -1;
	pid_t pid;

	pipe(p);
	pid = start(forks_writer, p[1], p[0]);
	close(p[1]);
	is_int(4, read(p[0], buf, sizeof(buf)), "a grandchild's write reaches process 1");
	is_int(0, read(p[0], buf, sizeof(buf)), "... then end of file, every writer gone");
	waitpid(pid, &status, 0);
	is_int(pid + 1, wait(&status), "... the grandchild, reparented, is waited for");
	close(p[0]);

	ok(mkfifo("/tmp/fifo", 0600) == 0 && (fd = open("/tmp/fifo", O_RDWR)) >= 0, "a FIFO");
	pid = start(reads_fifo_copy, fd, -1);
	waitpid(pid, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	   "... in a child, its own copy: an empty read fails with EDEADLK");
	write(fd, "x", 1);
	is_int(1, read(fd, buf, sizeof(buf)), "... and the parent's works as before");
	close(fd);
}

static void check_fault(void)
{
	char buf[4];
	int p[2], status = -1;
	pid_t pid;

	pipe(p);
	pid = start(faults, p[1], p[0]);
	close(p[1]);
	is_int(0, read(p[0], buf, sizeof(buf)),
	       "the only writer ends by a fault: end of file, not a wait forever");
	is_int(pid, waitpid(pid, &status, 0), "waitpid still reports it");
	ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "... killed by SIGSEGV");
	close(p[0]);
}

int main(void)
{
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid < 0)
		skip_all("this zerovm runs one process (fork: %s)", strerror(errno));
	waitpid(pid, NULL, 0);
	if (MANIFEST->shared_size == 0)
		skip_all("no shared region: pipes stay within each process");
	plan(30);
	check_mib();
	check_epipe();
	check_wait_for_writer();
	check_fault();
	check_inherited();
	check_deadlock();
	return 0;
}
