/*
 * unlink.c - unlink(2), unlinkat(2), remove(3): names go, files live on
 * while open, remove() of a directory is rmdir(), and the refusals.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct stat st;
	char buf[16];
	int fd, dfd;

	plan(32);
	mkdir("/tmp/u", 0755);
	put_file("/tmp/u/f", "data");
	is_int(0, unlink("/tmp/u/f"), "unlink a file");
	is_errno(access("/tmp/u/f", F_OK), ENOENT, "... its name is gone");
	is_errno(unlink("/tmp/u/f"), ENOENT, "unlink it again");
	is_errno(unlink("/tmp/u/none/f"), ENOENT, "unlink below a missing directory");

	put_file("/tmp/u/open", "still here");
	fd = open("/tmp/u/open", O_RDWR);
	is_int(0, unlink("/tmp/u/open"), "unlink an open file");
	is_int(0, fstat(fd, &st), "... fstat still works");
	is_int(0, st.st_nlink, "... with no links");
	is_int(10, pread(fd, buf, sizeof(buf), 0), "... the data is still readable");
	is_int(3, pwrite(fd, "new", 3, 0), "... and writable");
	is_int(0, close(fd), "... until the last close");

	mkdir("/tmp/u/d", 0755);
	is_errno(unlink("/tmp/u/d"), EISDIR, "unlink a directory");
	is_errno(unlink("/tmp/u/."), EISDIR, "unlink \".\"");
	put_file("/tmp/u/g", "");
	is_errno(unlink("/tmp/u/g/"), ENOTDIR, "unlink a file with a trailing slash");
	is_errno(unlink(""), ENOENT, "unlink the empty path");

	dfd = open("/tmp/u", O_RDONLY | O_DIRECTORY);
	is_int(0, unlinkat(dfd, "g", 0), "unlinkat a file");
	is_errno(unlinkat(dfd, "d", 0), EISDIR, "unlinkat a directory without AT_REMOVEDIR");
	is_errno(unlinkat(dfd, "d", 0x1000), EINVAL, "unlinkat with an unknown flag");
	put_file("/tmp/u/h", "");
	is_errno(unlinkat(dfd, "h", AT_REMOVEDIR), ENOTDIR, "unlinkat AT_REMOVEDIR of a file");
	is_int(0, unlinkat(dfd, "d", AT_REMOVEDIR), "unlinkat AT_REMOVEDIR of a directory");
	close(dfd);

	mkdir("/tmp/u/ro", 0755);
	put_file("/tmp/u/ro/f", "");
	chmod("/tmp/u/ro", 0555);
	is_errno(unlink("/tmp/u/ro/f"), EACCES, "unlink in a directory without write permission");
	chmod("/tmp/u/ro", 0755);
	is_int(0, unlink("/tmp/u/ro/f"), "... and with it");

	/* /tmp is sticky: only the owner of a file (or of /tmp) removes it. */
	stat("/tmp", &st);
	is_int(01777, st.st_mode & 07777, "/tmp is 1777");
	put_file("/tmp/theirs", "");
	chown("/tmp/theirs", 4242, 4242);
	chown("/tmp", 4242, 4242);
	is_errno(unlink("/tmp/theirs"), EPERM, "unlink another user's file in a sticky directory");

	put_file("/tmp/u/r", "");
	is_int(0, remove("/tmp/u/r"), "remove a file");
	is_errno(remove("/tmp/u/r"), ENOENT, "remove it again");
	/* POSIX: remove() of a directory is rmdir(). */
	mkdir("/tmp/u/rd", 0755);
	is_int(0, remove("/tmp/u/rd"), "remove an empty directory");
	is_errno(access("/tmp/u/rd", F_OK), ENOENT, "... it is gone");
	mkdir("/tmp/u/rd", 0755);
	put_file("/tmp/u/rd/f", "");
	is_errno(remove("/tmp/u/rd"), ENOTEMPTY, "remove a directory with a file in it");
	ok(access("/tmp/u/rd/f", F_OK) == 0, "... leaves it whole");
	is_errno(remove("/tmp/u/rd/f/"), ENOTDIR, "remove a file with a trailing slash");
	unlink("/tmp/u/rd/f");
	is_int(0, remove("/tmp/u/rd/"), "remove an emptied directory named with a slash");
	is_errno(unlink("/dev/null"), EPERM, "unlink a device");
	return 0;
}
