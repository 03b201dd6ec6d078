/*
 * mkdir.c - mkdir(2), mkdirat(2), rmdir(2): link counts, modes and the
 * refusals.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct stat st, parent;
	int dfd;

	plan(26);
	umask(022);
	stat("/tmp", &parent);
	is_int(0, mkdir("/tmp/m", 0777), "mkdir");
	stat("/tmp/m", &st);
	ok(S_ISDIR(st.st_mode), "... a directory");
	is_int(0755, st.st_mode & 07777, "... mode 0777 & ~umask");
	is_int(2, st.st_nlink, "... with two links");
	stat("/tmp", &st);
	is_int(parent.st_nlink + 1, st.st_nlink, "... and its parent one more");
	is_errno(mkdir("/tmp/m", 0755), EEXIST, "mkdir an existing directory");
	put_file("/tmp/m/f", "");
	is_errno(mkdir("/tmp/m/f", 0755), EEXIST, "mkdir onto a file");
	symlink("nowhere", "/tmp/m/dangling");
	is_errno(mkdir("/tmp/m/dangling", 0755), EEXIST, "mkdir onto a dangling link");
	is_errno(mkdir("/tmp/m/a/b", 0755), ENOENT, "mkdir below a missing directory");
	is_errno(mkdir("/tmp/m/f/x", 0755), ENOTDIR, "mkdir below a file");
	is_errno(mkdir("/", 0755), EEXIST, "mkdir /");
	is_errno(mkdir("/tmp/m/.", 0755), EEXIST, "mkdir \".\"");
	is_int(0, mkdir("/tmp/m/slash/", 0700), "mkdir with a trailing slash");
	is_int(0700, mode_of("/tmp/m/slash") & 07777, "... mode 0700");
	dfd = open("/tmp/m", O_RDONLY);
	is_int(0, mkdirat(dfd, "at", 0755), "mkdirat");
	ok(S_ISDIR(mode_of("/tmp/m/at")), "... relative to the descriptor");
	close(dfd);
	chmod("/tmp/m/slash", 0500);
	is_errno(mkdir("/tmp/m/slash/x", 0755), EACCES, "mkdir without write permission");

	is_errno(rmdir("/tmp/m"), ENOTEMPTY, "rmdir a directory that has entries");
	is_errno(rmdir("/tmp/m/f"), ENOTDIR, "rmdir a file");
	is_errno(rmdir("/tmp/m/none"), ENOENT, "rmdir a missing name");
	is_errno(rmdir("/tmp/m/at/."), EINVAL, "rmdir \".\"");
	is_errno(rmdir("/tmp/m/at/.."), ENOTEMPTY, "rmdir \"..\"");
	is_errno(rmdir("/dev"), EBUSY, "rmdir a mount point");
	is_int(0, rmdir("/tmp/m/at/"), "rmdir with a trailing slash");
	is_errno(access("/tmp/m/at", F_OK), ENOENT, "... it is gone");
	stat("/tmp/m", &st);
	is_int(3, st.st_nlink, "... and the parent's link count went down");
	return 0;
}
