/*
 * stdin.c - standard input from a regular file, as a Unix program has
 * it: seekable, of its real size, starting at the offset the shell left,
 * and leaving the shell's offset where the program's reading stopped, so
 * that in `(prog; cat) < file` cat continues from there.
 *
 * zerovm reads the channel with pread() on its copy of zvsh's descriptor,
 * so the shared offset does not move during the session.  The program
 * starts at the offset nvram's [stdin] gives, and ZRT writes the offset
 * the program left at exit into a small channel in the work directory
 * (zrt-nvram(5)).  That number comes from the sandbox: it is read with a
 * bound, must be a plain decimal number, and is applied only after a
 * session that ended ok.  A pipe, a terminal, a device or a socket is
 * read as a stream, as before, and moves as the program reads.
 */
#define _GNU_SOURCE
#include "stdin.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

void stdin_look(struct job *j)
{
	const struct stat *st = &j->stdst[0];
	off_t at;

	j->stdin_file = 0;
	/* An empty regular file may be one whose size the kernel does not
	 * know (/proc, some of /sys): read as a stream, it gives its bytes;
	 * clamped to a size of 0 it would give none. */
	if (S_ISREG(st->st_mode) && st->st_size > 0 && (at = lseek(0, 0, SEEK_CUR)) >= 0) {
		j->stdin_file = 1;
		j->stdin_start = (int64_t)at;
		return;
	}
	/* A sequential channel has no size (ZeroVM gives one only to
	 * random-read channels), so a regular file there is shown as what
	 * the program can use it as, a stream: as a regular file of size 0,
	 * `tail < file` would print nothing and `gawk --lint` would call it
	 * empty. */
	if (S_ISREG(st->st_mode))
		j->stdmode[0] = "pipe";
}

void stdin_prepare(struct job *j)
{
	if (!j->stdin_file)
		return;
	j->stdin_report = xasprintf("%s/stdin-offset", j->workdir);
	if (unlink(j->stdin_report) < 0 && errno != ENOENT)
		die_errno(ZVSH_EXIT_ERROR, "%s", j->stdin_report);
}

/* The report: digits and a newline, nothing else; -1 if it is not. */
static int parse(const char *s, size_t len, int64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (len < 2 || s[len - 1] != '\n')
		return -1;
	for (i = 0; i < len - 1; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (v > ((uint64_t)INT64_MAX - (uint64_t)(s[i] - '0')) / 10)
			return -1;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	*out = (int64_t)v;
	return 0;
}

void stdin_settle(const struct job *j)
{
	char buf[ZVSH_STDIN_REPORT_MAX + 1];
	size_t len = 0;
	int64_t offset;
	ssize_t n;
	int fd;

	if (!j->stdin_file)
		return;
	fd = open(j->stdin_report, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		/* No file: the session did not keep its outputs. */
		if (errno != ENOENT)
			say("standard input: %s: %s; it stays at offset %lld", j->stdin_report,
			    strerror(errno), (long long)j->stdin_start);
		return;
	}
	/* One byte more than the channel's quota lets the program write,
	 * so that anything longer shows. */
	while (len < sizeof buf) {
		n = read(fd, buf + len, sizeof buf - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	/* An empty report: the program ended without ZRT's exit (a nexe
	 * without ZRT, or one that left through zvm_exit() itself). */
	if (len == 0)
		return;
	if (parse(buf, len, &offset) < 0) {
		say("standard input: the program reported no valid offset to leave it at; it "
		    "stays at offset %lld",
		    (long long)j->stdin_start);
		return;
	}
	if (lseek(0, (off_t)offset, SEEK_SET) < 0)
		say("standard input: cannot move it to the offset %lld the program left: %s; it "
		    "stays at offset %lld",
		    (long long)offset, strerror(errno), (long long)j->stdin_start);
}
