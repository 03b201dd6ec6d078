/*
 * symlink.c - symlink(2), readlink(2) and how paths follow links:
 * relative targets, chains, loops (ELOOP after 40), dangling links.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[64], name[32], prev[32];
	struct stat st;
	int i;

	plan(27);
	mkdir("/tmp/s", 0755);
	mkdir("/tmp/s/dir", 0755);
	put_file("/tmp/s/dir/file", "content");
	is_int(0, symlink("dir/file", "/tmp/s/rel"), "symlink with a relative target");
	is_string("content", get_file("/tmp/s/rel", buf, sizeof(buf)), "... resolves from the link's directory");
	is_int(8, readlink("/tmp/s/rel", buf, sizeof(buf)), "readlink returns the target's length");
	is_blob("dir/file", buf, 8, "... and the target");
	is_int(3, readlink("/tmp/s/rel", buf, 3), "readlink into a short buffer");
	is_blob("dir", buf, 3, "... is cut short");
	is_errno(readlink("/tmp/s/dir/file", buf, sizeof(buf)), EINVAL, "readlink of a file");
	is_errno(readlink("/tmp/s/rel", buf, 0), EINVAL, "readlink with size 0");
	is_errno(readlink("/tmp/s/none", buf, sizeof(buf)), ENOENT, "readlink of a missing name");

	is_int(0, symlink("/tmp/s/dir", "/tmp/s/abs"), "symlink to a directory");
	is_string("content", get_file("/tmp/s/abs/file", buf, sizeof(buf)), "a path goes through it");
	ok(S_ISDIR(mode_of("/tmp/s/abs/")), "a trailing slash follows it");
	ok(S_ISLNK(mode_of("/tmp/s/abs")), "lstat does not");

	is_int(0, symlink("nowhere", "/tmp/s/dangling"), "a dangling link");
	is_errno(stat("/tmp/s/dangling", &st), ENOENT, "... stat fails");
	is_int(0, lstat("/tmp/s/dangling", &st), "... lstat works");
	is_errno(symlink("x", "/tmp/s/dangling"), EEXIST, "symlink onto an existing link");
	is_errno(symlink("", "/tmp/s/empty"), ENOENT, "an empty target");
	is_errno(symlink("x", "/tmp/s/none/l"), ENOENT, "in a missing directory");

	symlink("loop2", "/tmp/s/loop1");
	symlink("loop1", "/tmp/s/loop2");
	is_errno(open("/tmp/s/loop1", O_RDONLY), ELOOP, "a loop of two links");
	is_errno(stat("/tmp/s/loop1/x", &st), ELOOP, "... in the middle of a path");
	is_int(0, lstat("/tmp/s/loop1", &st), "lstat of a loop's link works");

	/* A chain of 40 links resolves; one more is a loop. */
	strcpy(prev, "dir/file");
	for (i = 1; i <= 41; i++) {
		snprintf(name, sizeof(name), "/tmp/s/c%d", i);
		symlink(prev, name);
		snprintf(prev, sizeof(prev), "c%d", i);
	}
	is_string("content", get_file("/tmp/s/c40", buf, sizeof(buf)), "a chain of 40 links");
	is_errno(open("/tmp/s/c41", O_RDONLY), ELOOP, "a chain of 41 links");

	is_int(0, symlinkat("dir", open("/tmp/s", O_RDONLY), "viaat"), "symlinkat");
	is_int(3, readlinkat(AT_FDCWD, "/tmp/s/viaat", buf, sizeof(buf)), "readlinkat");
	symlink("..", "/tmp/s/dir/up");
	is_string("content", get_file("/tmp/s/dir/up/rel", buf, sizeof(buf)), "a link to \"..\"");
	return 0;
}
