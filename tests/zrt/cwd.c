/*
 * cwd.c - chdir(2), fchdir(2), getcwd(3) and relative paths.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[256], small[4], *p;
	int fd;

	plan(28);
	is_string("/", getcwd(buf, sizeof(buf)), "the program starts in /");
	mkdir("/tmp/c", 0755);
	mkdir("/tmp/c/sub", 0755);
	is_int(0, chdir("/tmp/c"), "chdir");
	is_string("/tmp/c", getcwd(buf, sizeof(buf)), "getcwd");
	put_file("rel", "here");
	ok(access("/tmp/c/rel", F_OK) == 0, "relative paths start there");
	is_int(0, chdir("sub"), "chdir to a relative path");
	is_string("/tmp/c/sub", getcwd(buf, sizeof(buf)), "getcwd");
	is_string("here", get_file("../rel", buf, sizeof(buf)), "\"..\" climbs");
	is_int(0, chdir("../../.."), "chdir up past /");
	is_string("/", getcwd(buf, sizeof(buf)), "... stops at /");
	is_int(0, chdir("/.."), "\"/..\"");
	is_string("/", getcwd(buf, sizeof(buf)), "... is /");

	chdir("/tmp/c/sub");
	rename("/tmp/c", "/tmp/c2");
	is_string("/tmp/c2/sub", getcwd(buf, sizeof(buf)), "getcwd sees a rename above it");
	is_errno_p(getcwd(small, sizeof(small)), ERANGE, "getcwd into a short buffer");
	is_errno_p(getcwd(buf, 0), EINVAL, "getcwd with size 0");
	p = getcwd(NULL, 0);
	is_string("/tmp/c2/sub", p, "getcwd(NULL, 0) allocates");
	free(p);
	chdir("/dev");
	is_string("/dev", getcwd(buf, sizeof(buf)), "getcwd in a mounted file system");
	is_int(0, chdir(".."), "\"..\" from a mount's root");
	is_string("/", getcwd(buf, sizeof(buf)), "... leaves the mount");

	is_errno(chdir("/tmp/c2/rel"), ENOTDIR, "chdir to a file");
	is_errno(chdir("/tmp/none"), ENOENT, "chdir to a missing name");
	is_errno(chdir(""), ENOENT, "chdir to the empty path");
	mkdir("/tmp/c2/closed", 0600);
	is_errno(chdir("/tmp/c2/closed"), EACCES, "chdir without search permission");

	fd = open("/tmp/c2/sub", O_RDONLY);
	is_int(0, fchdir(fd), "fchdir");
	is_string("/tmp/c2/sub", getcwd(buf, sizeof(buf)), "... went there");
	close(fd);
	fd = open("/tmp/c2/rel", O_RDONLY);
	is_errno(fchdir(fd), ENOTDIR, "fchdir to a file");
	close(fd);
	is_errno(fchdir(fd), EBADF, "fchdir to a closed descriptor");

	mkdir("/tmp/c2/doomed", 0755);
	chdir("/tmp/c2/doomed");
	rmdir("/tmp/c2/doomed");
	is_errno_p(getcwd(buf, sizeof(buf)), ENOENT, "getcwd in a removed directory");
	is_errno(open("x", O_WRONLY | O_CREAT, 0644), ENOENT, "no file can be made there");
	chdir("/");
	return 0;
}
