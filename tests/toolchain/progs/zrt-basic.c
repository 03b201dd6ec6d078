/*
 * zrt-basic.c - the minimal ZRT as a nexe sees it: standard descriptors on
 * channels 0-2, errno values at the POSIX boundary, the heap's limit, the
 * fixed clock and identity, and the POSIX declarations the sysroot adds.
 *
 * run.t runs it with stdin = "line one\nline two\n" and Memory = 32 MiB.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <regex.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "tap/basic.h"

extern char **environ;

/* errno after a call that must fail with -1. */
static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void check_stdin(void)
{
	char *line = NULL;
	size_t cap = 0;
	char c;

	is_int(9, getline(&line, &cap, stdin), "getline reads the first line");
	is_string("line one\n", line, "... with its newline");
	is_int(9, getdelim(&line, &cap, '\n', stdin), "getdelim reads the second");
	is_int(-1, getline(&line, &cap, stdin), "getline at end of input");
	ok(feof(stdin), "stdin is at EOF");
	free(line);
	is_int(0, read(0, &c, 1), "read after end of input returns 0");
	is_int(0, close(0), "close(0)");
	ok(fails_with(read(0, &c, 1), EBADF), "read on a closed descriptor: EBADF");
	ok(fails_with(close(0), EBADF), "close twice: EBADF");
}

static void check_descriptors(void)
{
	struct stat st;
	char c = 'x';

	ok(fails_with(write(7, &c, 1), EBADF), "write(7): EBADF");
	ok(fails_with(read(-1, &c, 1), EBADF), "read(-1): EBADF");
	is_int(0, write(2, &c, 0), "write of 0 bytes");
	ok(fails_with(lseek(1, 0, SEEK_CUR), ESPIPE), "lseek on stdout: ESPIPE");
	ok(fails_with(lseek(9, 0, SEEK_SET), EBADF), "lseek(9): EBADF");
	ok(fails_with(pread(1, &c, 1, 0), ESPIPE), "pread on stdout: ESPIPE");
	errno = 0;
	is_int(0, isatty(1), "stdout is not a terminal");
	is_int(ENOTTY, errno, "... errno ENOTTY");
	is_int(0, isatty(9), "isatty(9) is 0");
	is_int(EBADF, errno, "... errno EBADF");
	is_int(0, fstat(1, &st), "fstat(1)");
	ok(S_ISCHR(st.st_mode), "stdout is a character device");
	is_int(65536, st.st_blksize, "st_blksize");
	ok(fails_with(fstat(9, &st), EBADF), "fstat(9): EBADF");
	ok(fails_with(open("/etc/passwd", O_RDONLY), ENOENT), "open of a missing file: ENOENT");
	errno = 0;
	ok(opendir("/no/such/dir") == NULL && errno == ENOENT, "opendir of a missing directory: ENOENT");
}

static void check_heap(void)
{
	char *p = malloc(1 << 20);
	void *brk0;

	ok(p != NULL, "malloc 1 MiB");
	if (p != NULL)
		memset(p, 0xa5, 1 << 20);
	free(p);
	brk0 = sbrk(0);
	ok(fails_with((long)sbrk(INTPTR_MAX / 2), ENOMEM), "sbrk past the heap: ENOMEM");
	ok(sbrk(0) == brk0, "... and the break did not move");
	errno = 0;
	p = malloc(64 << 20);
	ok(p == NULL && errno == ENOMEM, "malloc beyond Memory: NULL, ENOMEM");
	ok(fails_with((long)sbrk(-(intptr_t)((char *)brk0 - (char *)0)), ENOMEM),
	   "sbrk below the heap start: ENOMEM");
}

static void check_process(int argc, char **argv)
{
	struct timeval a, b;

	is_int(1, argc, "argc");
	is_string("program", argv[0], "argv[0]");
	ok(argv[1] == NULL, "argv[argc] is NULL");
	ok(environ != NULL && environ[0] == NULL, "empty environment");
	is_int(1, getpid(), "getpid");
	is_int(0, kill(getpid(), 0), "kill(self, 0)");
	ok(fails_with(kill(2, SIGTERM), ESRCH), "kill(2): ESRCH");
	ok(fails_with(kill(1, 1000), EINVAL), "kill with a bad signal: EINVAL");
	is_int(0, gettimeofday(&a, NULL), "gettimeofday");
	is_int(0, gettimeofday(&b, NULL), "gettimeofday again");
	ok(a.tv_sec == 1370908800, "clock starts at the fixed epoch (got %lld)",
	   (long long)a.tv_sec);
	ok(b.tv_sec > a.tv_sec || b.tv_usec > a.tv_usec, "every read advances the clock");
}

static void check_sleep(void)
{
	struct timespec bad = {0, 1000000000};
	time_t t0 = time(NULL);
	clock_t c0 = clock();

	is_int(0, sleep(5), "sleep(5) returns 0");
	ok(time(NULL) >= t0 + 5, "... and moves the clock 5 s on");
	ok(clock() > c0, "clock() advances");
	ok(fails_with(nanosleep(&bad, NULL), EINVAL), "nanosleep with tv_nsec = 1e9: EINVAL");
}

static void check_no_files(void)
{
	struct stat st;

	ok(fails_with(stat("/no/such/file", &st), ENOENT), "stat of a missing file: ENOENT");
	ok(fails_with(lstat("/no/such/file", &st), ENOENT), "lstat: ENOENT");
	ok(fails_with(remove("/x"), ENOENT), "remove: ENOENT");
	ok(fails_with(rename("/x", "/y"), ENOENT), "rename: ENOENT");
}

static void check_headers(void)
{
	regex_t re;

	is_int(1000000, CLOCKS_PER_SEC, "CLOCKS_PER_SEC");
	is_int(8, sizeof(ino_t), "64-bit ino_t");
	is_int(4, sizeof(uid_t), "32-bit uid_t");
	is_int(4, sizeof(gid_t), "32-bit gid_t");
	is_int(8, sizeof(ssize_t), "read() returns a 64-bit ssize_t");
	is_int(0, fnmatch("*.c", "zrt.c", 0), "fnmatch");
	if (regcomp(&re, "^a[0-9]+z$", REG_EXTENDED | REG_NOSUB) == 0) {
		is_int(0, regexec(&re, "a123z", 0, NULL, 0), "regexec matches");
		is_int(REG_NOMATCH, regexec(&re, "a12", 0, NULL, 0), "regexec rejects");
		regfree(&re);
	} else {
		ok(0, "regcomp");
		ok(0, "regcomp");
	}
}

int main(int argc, char **argv)
{
	plan(58);
	check_process(argc, argv);
	check_sleep();
	check_no_files();
	check_stdin();
	check_descriptors();
	check_heap();
	check_headers();
	return 0;
}
