/*
 * rlimit-fsize-default.c - a write past RLIMIT_FSIZE with SIGXFSZ left
 * at its default action ends the program inside write(), with status
 * 128 + SIGXFSZ (25), as on Linux.
 *
 * exit: 153
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "tap/basic.h"

int main(void)
{
	struct rlimit rl = {10, RLIM_INFINITY};
	int fd;

	plan(3);
	is_int(25, SIGXFSZ, "SIGXFSZ is 25");
	is_int(0, setrlimit(RLIMIT_FSIZE, &rl), "RLIMIT_FSIZE 10 bytes");
	fd = open("/tmp/f", O_WRONLY | O_CREAT, 0644);
	is_int(10, write(fd, "0123456789abc", 13), "a write is cut at the limit");
	fflush(stdout);
	write(fd, "x", 1);
	printf("not ok 4 - a write past RLIMIT_FSIZE returned\n");
	return 0;
}
