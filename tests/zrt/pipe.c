/*
 * pipe.c - pipe(2), pipe2(2) and FIFOs: a byte queue inside the one
 * process, which can never wait (EDEADLK without O_NONBLOCK, EAGAIN
 * with it), SIGPIPE and EPIPE, PIPE_BUF atomicity.
 */
#define _GNU_SOURCE 1 /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static int sigpipes;

static void on_sigpipe(int sig)
{
	sigpipes += sig == SIGPIPE;
}

int main(void)
{
	static char big[70000];
	char buf[64];
	struct stat st, st2;
	int p[2], q[2], r, w;

	plan(49);
	is_int(0, pipe(p), "pipe");
	ok(p[0] >= 3 && p[1] == p[0] + 1, "... two new descriptors");
	is_int(O_RDONLY, fcntl(p[0], F_GETFL) & O_ACCMODE, "... the first reads");
	is_int(O_WRONLY, fcntl(p[1], F_GETFL) & O_ACCMODE, "... the second writes");
	is_int(5, write(p[1], "hello", 5), "write into it");
	is_int(3, read(p[0], buf, 3), "read part");
	is_int(2, read(p[0], buf + 3, 10), "read the rest");
	is_blob("hello", buf, 5, "... in order");
	is_errno(read(p[0], buf, 1), EDEADLK, "an empty pipe with a writer: waiting would never end");
	is_errno(write(p[0], "x", 1), EBADF, "write to the read end");
	is_errno(read(p[1], buf, 1), EBADF, "read from the write end");
	is_int(0, fstat(p[0], &st), "fstat");
	ok(S_ISFIFO(st.st_mode), "... a FIFO");
	fstat(p[1], &st2);
	is_int(st.st_ino, st2.st_ino, "... both ends are one pipe");
	is_errno(lseek(p[0], 0, SEEK_SET), ESPIPE, "lseek");
	is_errno(pread(p[0], buf, 1, 0), ESPIPE, "pread");
	write(p[1], "end", 3);
	close(p[1]);
	is_int(3, read(p[0], buf, 10), "what was written before the close");
	is_int(0, read(p[0], buf, 10), "then end of file");
	close(p[0]);

	is_int(0, pipe2(p, O_NONBLOCK | O_CLOEXEC), "pipe2");
	ok(fcntl(p[0], F_GETFL) & O_NONBLOCK, "... O_NONBLOCK");
	is_int(FD_CLOEXEC, fcntl(p[1], F_GETFD), "... O_CLOEXEC");
	is_errno(read(p[0], buf, 1), EAGAIN, "an empty non-blocking pipe");
	memset(big, 'b', sizeof(big));
	is_int(65536, write(p[1], big, sizeof(big)), "a big write fills the pipe and stops");
	is_errno(write(p[1], "x", 1), EAGAIN, "a full non-blocking pipe");
	is_int(64, read(p[0], buf, 64), "read some");
	is_errno(write(p[1], big, PIPE_BUF), EAGAIN, "PIPE_BUF bytes do not fit in 64: none are written");
	is_int(64, write(p[1], big, 64), "64 fit");
	is_errno(pipe2(q, O_APPEND), EINVAL, "pipe2 with another flag");
	close(p[0]);
	close(p[1]);

	pipe(p);
	close(p[0]);
	signal(SIGPIPE, on_sigpipe);
	is_errno(write(p[1], "x", 1), EPIPE, "a pipe without readers");
	is_int(1, sigpipes, "... raises SIGPIPE first");
	signal(SIGPIPE, SIG_IGN);
	is_errno(write(p[1], "x", 1), EPIPE, "... EPIPE with SIGPIPE ignored");
	close(p[1]);

	is_int(0, mkfifo("/tmp/fifo", 0644), "mkfifo");
	ok(S_ISFIFO(mode_of("/tmp/fifo")), "... makes a FIFO");
	is_errno(mkfifo("/tmp/fifo", 0644), EEXIST, "... once");
	is_errno(open("/tmp/fifo", O_WRONLY | O_NONBLOCK), ENXIO, "a FIFO for writing, no reader, O_NONBLOCK");
	r = open("/tmp/fifo", O_RDONLY | O_NONBLOCK);
	ok(r >= 0, "a FIFO for reading, O_NONBLOCK");
	w = open("/tmp/fifo", O_WRONLY);
	ok(w >= 0, "... then for writing");
	is_int(4, write(w, "fifo", 4), "write through the FIFO");
	is_int(4, read(r, buf, 10), "read it from the other descriptor");
	close(w);
	is_int(0, read(r, buf, 10), "end of file after the writer closes");
	close(r);
	w = open("/tmp/fifo", O_RDWR);
	write(w, "x", 1);
	close(w);
	r = open("/tmp/fifo", O_RDONLY | O_NONBLOCK);
	is_int(0, read(r, buf, 1), "data goes when the last end closes: empty, no writer, EOF");
	close(r);

	/* A blocking open waits for the other end, which no one else could
	 * ever open: it never waits.  A reader goes on as if a writer had
	 * come and gone (end of file); a writer fails at once. */
	r = open("/tmp/fifo", O_RDONLY);
	ok(r >= 0, "a FIFO for reading, no writer, blocking: opens");
	is_int(0, read(r, buf, 10), "... and reads end of file");
	close(r);
	is_errno(open("/tmp/fifo", O_WRONLY), EDEADLK, "a FIFO for writing, no reader, blocking: EDEADLK");
	r = open("/tmp/fifo", O_RDONLY | O_NONBLOCK);
	w = open("/tmp/fifo", O_WRONLY);
	ok(w >= 0, "a blocking open for writing with a reader there");
	is_int(2, write(w, "ok", 2), "... writes");
	close(r);
	r = open("/tmp/fifo", O_RDONLY);
	ok(r >= 0, "a blocking open for reading with a writer there");
	is_int(2, read(r, buf, 10), "... reads what the writer left, the FIFO being still open");
	close(w);
	close(r);
	w = open("/tmp/fifo", O_RDWR);
	ok(w >= 0, "O_RDWR never waits");
	close(w);
	return 0;
}
