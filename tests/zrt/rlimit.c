/*
 * rlimit.c - the limits ZRT enforces itself: RLIMIT_NOFILE bounds new
 * descriptors (EMFILE, and EINVAL/EBADF for F_DUPFD/dup2 past it), and
 * RLIMIT_FSIZE bounds regular files (a write is cut at the limit; one at
 * or past it, or a truncate beyond it, sends SIGXFSZ and fails EFBIG).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static volatile int xfsz;

static void on_xfsz(int sig)
{
	xfsz += sig == SIGXFSZ;
}

static void check_nofile(void)
{
	struct rlimit rl = {8, 1024};
	struct stat st;
	int fds[8], n = 0, fd;

	is_int(0, setrlimit(RLIMIT_NOFILE, &rl), "RLIMIT_NOFILE soft limit 8");
	is_int(8, sysconf(_SC_OPEN_MAX), "... sysconf(_SC_OPEN_MAX) follows it");
	while (n < 8 && (fd = open("/dev/null", O_RDONLY)) >= 0)
		fds[n++] = fd;
	is_int(5, n, "descriptors 3 to 7 open");
	is_int(7, fds[4], "... the last one is 7");
	is_errno(open("/dev/null", O_RDONLY), EMFILE, "one more open: EMFILE");
	is_errno(dup(0), EMFILE, "dup: EMFILE");
	is_errno(fcntl(0, F_DUPFD, 8), EINVAL, "F_DUPFD at the limit: EINVAL");
	is_errno(dup2(0, 8), EBADF, "dup2 to the limit: EBADF");
	close(fds[1]);
	is_int(fds[1], dup(0), "a closed slot below the limit is reused");

	rl.rlim_cur = 4;
	is_int(0, setrlimit(RLIMIT_NOFILE, &rl), "lowering it below open descriptors");
	is_int(0, fstat(fds[4], &st), "... they stay usable");
	is_errno(open("/dev/null", O_RDONLY), EMFILE, "... but none opens");
	rl.rlim_cur = 1024;
	is_int(0, setrlimit(RLIMIT_NOFILE, &rl), "raising it again");
	fd = open("/dev/null", O_RDONLY);
	is_int(8, fd, "... opens the next descriptor");
	close(fd);
	for (n = 0; n < 5; n++)
		close(fds[n]);
}

static void check_fsize(void)
{
	struct rlimit rl = {100, RLIM_INFINITY};
	char block[150] = {0};
	struct stat st;
	int fd, p[2];

	signal(SIGXFSZ, on_xfsz);
	is_int(0, setrlimit(RLIMIT_FSIZE, &rl), "RLIMIT_FSIZE 100 bytes");
	fd = open("/tmp/big", O_RDWR | O_CREAT | O_TRUNC, 0644);
	is_int(100, write(fd, block, 150), "a write across the limit is cut at it");
	is_int(0, xfsz, "... without a signal");
	is_errno(write(fd, block, 1), EFBIG, "a write at the limit: EFBIG");
	is_int(1, xfsz, "... after SIGXFSZ");
	is_int(0, write(fd, block, 0), "writing nothing there is no error");
	is_int(10, pwrite(fd, block, 10, 50), "a write below the limit");
	is_errno(pwrite(fd, block, 10, 1000), EFBIG, "a write far past it: EFBIG");
	is_errno(ftruncate(fd, 101), EFBIG, "ftruncate past the limit: EFBIG");
	is_int(3, xfsz, "... each after SIGXFSZ");
	is_int(0, ftruncate(fd, 100), "ftruncate to the limit");
	is_errno(truncate("/tmp/big", 200), EFBIG, "truncate past the limit: EFBIG");
	fstat(fd, &st);
	is_int(100, st.st_size, "the file stayed at 100 bytes");
	close(fd);
	pipe(p);
	is_int(150, write(p[1], block, 150), "pipes have no size limit");
	close(p[0]);
	close(p[1]);
	signal(SIGXFSZ, SIG_IGN);
	fd = open("/tmp/big", O_WRONLY | O_APPEND);
	is_errno(write(fd, block, 1), EFBIG, "with SIGXFSZ ignored, still EFBIG");
	is_int(4, xfsz, "... and no handler ran");
	close(fd);
	rl.rlim_cur = RLIM_INFINITY;
	is_int(0, setrlimit(RLIMIT_FSIZE, &rl), "no limit again");
	fd = open("/tmp/big", O_WRONLY | O_APPEND);
	is_int(150, write(fd, block, 150), "... the file grows");
	close(fd);
}

int main(void)
{
	plan(32);
	check_nofile();
	check_fsize();
	return 0;
}
