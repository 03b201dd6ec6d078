/*
 * rename.c - rename(2) and renameat(2): moving and replacing in one
 * step, directories included, and every refusal.
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
	struct stat a, b, d;
	char buf[32];
	int fd;

	plan(34);
	mkdir("/tmp/r", 0755);
	put_file("/tmp/r/a", "A");
	put_file("/tmp/r/b", "B");
	stat("/tmp/r/a", &a);
	is_int(0, rename("/tmp/r/a", "/tmp/r/c"), "rename to a new name");
	is_errno(access("/tmp/r/a", F_OK), ENOENT, "... the old name is gone");
	stat("/tmp/r/c", &b);
	is_int(a.st_ino, b.st_ino, "... the new name is the same file");
	is_int(0, rename("/tmp/r/c", "/tmp/r/b"), "rename over an existing file");
	is_string("A", get_file("/tmp/r/b", buf, sizeof(buf)), "... replaces it");
	is_errno(access("/tmp/r/c", F_OK), ENOENT, "... and the source name is gone");
	is_int(0, rename("/tmp/r/b", "/tmp/r/b"), "rename onto itself");
	ok(access("/tmp/r/b", F_OK) == 0, "... changes nothing");
	link("/tmp/r/b", "/tmp/r/hard");
	is_int(0, rename("/tmp/r/b", "/tmp/r/hard"), "rename onto another link of the same file");
	ok(access("/tmp/r/b", F_OK) == 0 && access("/tmp/r/hard", F_OK) == 0, "... keeps both names");

	fd = open("/tmp/r/b", O_RDONLY);
	rename("/tmp/r/b", "/tmp/r/moved");
	is_int(1, read(fd, buf, 1), "an open file stays readable after a rename");
	close(fd);

	mkdir("/tmp/r/d1", 0755);
	mkdir("/tmp/r/d1/sub", 0755);
	mkdir("/tmp/r/d2", 0755);
	put_file("/tmp/r/d1/sub/f", "deep");
	is_errno(rename("/tmp/r/d1", "/tmp/r/d1/sub/x"), EINVAL, "a directory into itself");
	is_errno(rename("/tmp/r/d1", "/tmp/r/d1/x"), EINVAL, "a directory into itself, one down");
	is_errno(rename("/tmp/r/d2", "/tmp/r/d1"), ENOTEMPTY, "over a directory that has entries");
	is_errno(rename("/tmp/r/moved", "/tmp/r/d2"), EISDIR, "a file over a directory");
	is_errno(rename("/tmp/r/d2", "/tmp/r/moved"), ENOTDIR, "a directory over a file");
	is_errno(rename("/tmp/r/moved", "/tmp/r/x/"), ENOTDIR, "a file to a name with a slash");
	stat("/tmp/r", &d);
	is_int(0, rename("/tmp/r/d1/sub", "/tmp/r/d2/sub"), "a directory to another parent");
	is_string("deep", get_file("/tmp/r/d2/sub/f", buf, sizeof(buf)), "... with what it holds");
	stat("/tmp/r/d1", &a);
	stat("/tmp/r/d2", &b);
	is_int(2, a.st_nlink, "... the old parent lost a link");
	is_int(3, b.st_nlink, "... the new parent gained one");
	is_int(0, stat("/tmp/r/d2/sub/..", &a), "... and \"..\" follows it");
	is_int(b.st_ino, a.st_ino, "... to the new parent");
	is_int(0, rename("/tmp/r/d2", "/tmp/r/d1"), "a directory over an empty directory");
	stat("/tmp/r", &a);
	is_int(d.st_nlink - 1, a.st_nlink, "... the parent lost the replaced one's link");

	is_errno(rename("/tmp/r/none", "/tmp/r/x"), ENOENT, "a missing source");
	is_errno(rename("/tmp/r/moved", "/tmp/r/none/x"), ENOENT, "into a missing directory");
	is_errno(rename("/tmp/r/.", "/tmp/r/x"), EINVAL, "\".\" as the source");
	is_errno(rename("/tmp/r/moved", "/tmp/r/d1/.."), EINVAL, "\"..\" as the target");
	is_errno(rename("/dev/null", "/tmp/r/null"), EXDEV, "across mounts");
	is_errno(rename("/dev", "/tmp/r/dev"), EBUSY, "a mount point");
	mkdir("/tmp/r/ro", 0555);
	is_errno(rename("/tmp/r/moved", "/tmp/r/ro/x"), EACCES, "into a directory without write permission");
	is_int(0, renameat(AT_FDCWD, "/tmp/r/moved", open("/tmp/r/d1", O_RDONLY), "m"), "renameat");
	ok(access("/tmp/r/d1/m", F_OK) == 0, "... relative to the descriptor");
	return 0;
}
