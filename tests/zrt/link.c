/*
 * link.c - link(2) and linkat(2): hard links share one file.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct stat a, b;
	char buf[16];

	plan(20);
	mkdir("/tmp/l", 0755);
	put_file("/tmp/l/a", "shared");
	is_int(0, link("/tmp/l/a", "/tmp/l/b"), "link");
	stat("/tmp/l/a", &a);
	stat("/tmp/l/b", &b);
	is_int(a.st_ino, b.st_ino, "both names have one inode");
	is_int(2, a.st_nlink, "... with two links");
	put_file("/tmp/l/b", "changed");
	is_string("changed", get_file("/tmp/l/a", buf, sizeof(buf)), "a write through one shows in the other");
	is_int(0, unlink("/tmp/l/a"), "unlink one name");
	stat("/tmp/l/b", &b);
	is_int(1, b.st_nlink, "... one link is left");
	is_string("changed", get_file("/tmp/l/b", buf, sizeof(buf)), "... the data stays");

	put_file("/tmp/l/c", "");
	is_errno(link("/tmp/l/b", "/tmp/l/c"), EEXIST, "link onto an existing name");
	is_errno(link("/tmp/l/none", "/tmp/l/d"), ENOENT, "link a missing file");
	is_errno(link("/tmp/l", "/tmp/l2"), EPERM, "link a directory");
	is_errno(link("/tmp/l/b", "/tmp/l/nodir/x"), ENOENT, "link into a missing directory");
	is_errno(link("/dev/null", "/tmp/l/null"), EXDEV, "link across mounts");
	is_errno(link("/tmp/l/b", "/tmp/l/."), EEXIST, "link onto \".\"");

	symlink("b", "/tmp/l/sym");
	is_int(0, link("/tmp/l/sym", "/tmp/l/hsym"), "link a symbolic link");
	ok(S_ISLNK(mode_of("/tmp/l/hsym")), "... links the link itself, as Linux does");
	is_int(0, linkat(AT_FDCWD, "/tmp/l/sym", AT_FDCWD, "/tmp/l/hfile", AT_SYMLINK_FOLLOW),
	       "linkat with AT_SYMLINK_FOLLOW");
	ok(S_ISREG(mode_of("/tmp/l/hfile")), "... links the target");
	stat("/tmp/l/b", &b);
	is_int(2, b.st_nlink, "... which has two links again");
	is_errno(linkat(AT_FDCWD, "/tmp/l/b", AT_FDCWD, "/tmp/l/x", 0x8000), EINVAL,
		 "linkat with an unknown flag");
	mkdir("/tmp/l/ro", 0555);
	is_errno(link("/tmp/l/b", "/tmp/l/ro/x"), EACCES, "link into a directory without write permission");
	return 0;
}
