/*
 * dup.c - dup(2), dup2(2), dup3(2): shared offsets and flags, the
 * lowest free descriptor, replacing an open descriptor.
 */
#define _GNU_SOURCE 1 /* dup3 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[16];
	int fd, d, e;

	plan(26);
	put_file("/tmp/dup", "abcdef");
	fd = open("/tmp/dup", O_RDWR);
	d = dup(fd);
	is_int(fd + 1, d, "dup gives the lowest free descriptor");
	is_int(2, read(fd, buf, 2), "read 2 through the first");
	is_int(2, lseek(d, 0, SEEK_CUR), "... the offset is shared");
	fcntl(fd, F_SETFL, O_APPEND);
	ok(fcntl(d, F_GETFL) & O_APPEND, "... and so are status flags");
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	is_int(0, fcntl(d, F_GETFD), "... but not FD_CLOEXEC");
	close(fd);
	is_int(2, read(d, buf, 2), "the copy works after the original closes");
	is_blob("cd", buf, 2, "... and goes on where it was");

	is_int(10, dup2(d, 10), "dup2 to 10");
	is_int(4, lseek(10, 0, SEEK_CUR), "... shares the offset");
	is_int(10, dup2(10, 10), "dup2 onto itself");
	is_errno(dup2(50, 51), EBADF, "dup2 of a closed descriptor");
	is_errno(dup2(d, -1), EBADF, "dup2 to -1");
	is_errno(dup2(d, 100000), EBADF, "dup2 past the table");
	is_errno(dup2(50, 50), EBADF, "dup2 of a closed descriptor onto itself");

	e = open("/dev/null", O_RDONLY);
	is_int(e, dup2(d, e), "dup2 onto an open descriptor");
	is_int(4, lseek(e, 0, SEEK_CUR), "... now it is the file");
	is_int(0, fcntl(e, F_GETFD), "... without FD_CLOEXEC");
	is_int(11, dup3(d, 11, O_CLOEXEC), "dup3 with O_CLOEXEC");
	is_int(FD_CLOEXEC, fcntl(11, F_GETFD), "... sets FD_CLOEXEC");
	is_errno(dup3(d, d, 0), EINVAL, "dup3 onto itself");
	is_errno(dup3(d, 12, O_APPEND), EINVAL, "dup3 with a flag other than O_CLOEXEC");
	is_errno(dup(99), EBADF, "dup of a closed descriptor");

	/* The standard descriptors are ordinary descriptors.  Nothing is
	 * printed while 1 is closed: TAP goes to descriptor 1. */
	fd = dup(1);
	d = close(1);
	e = dup(fd);
	ok(fd > 2, "dup(1)");
	is_int(0, d, "close(1)");
	is_int(1, e, "dup gives 1 back");
	is_int(0, write(1, "", 0), "writes to it still work");
	return 0;
}
