/*
 * realpath.c - realpath(3): absolute, without ".", "..", extra slashes
 * or symbolic links.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[PATH_MAX], *p;

	plan(20);
	mkdir("/tmp/rp", 0755);
	mkdir("/tmp/rp/dir", 0755);
	put_file("/tmp/rp/dir/file", "");
	symlink("dir", "/tmp/rp/ldir");
	symlink("/tmp/rp/dir/file", "/tmp/rp/lfile");
	symlink("../rp/ldir/./file", "/tmp/rp/rel");
	symlink("none", "/tmp/rp/dangling");
	symlink("loop", "/tmp/rp/loop");

	is_string("/tmp/rp/dir/file", realpath("/tmp/rp/dir/file", buf), "a plain path");
	is_string("/tmp/rp/dir", realpath("//tmp/./rp/../rp/dir/", buf), "dots and slashes");
	is_string("/tmp/rp/dir/file", realpath("/tmp/rp/ldir/file", buf), "through a link to a directory");
	is_string("/tmp/rp/dir/file", realpath("/tmp/rp/lfile", buf), "a link to a file");
	is_string("/tmp/rp/dir/file", realpath("/tmp/rp/rel", buf), "a relative link with dots");
	is_string("/", realpath("/", buf), "/");
	is_string("/", realpath("/..", buf), "/..");
	is_string("/dev", realpath("/dev", buf), "a mount point");
	is_string("/dev/null", realpath("/dev/../dev/null", buf), "a file in another mount");
	chdir("/tmp/rp/ldir");
	is_string("/tmp/rp/dir", realpath(".", buf), "\".\" is the current directory");
	is_string("/tmp/rp", realpath("..", buf), "\"..\" its parent");
	is_string("/tmp/rp/dir/file", realpath("file", buf), "a relative name");
	p = realpath("file", NULL);
	is_string("/tmp/rp/dir/file", p, "realpath(path, NULL) allocates");
	free(p);
	chdir("/");
	is_errno_p(realpath("/tmp/rp/dangling", buf), ENOENT, "a dangling link");
	is_errno_p(realpath("/tmp/rp/none", buf), ENOENT, "a missing file");
	is_errno_p(realpath("/tmp/rp/dir/file/", buf), ENOTDIR, "a file with a trailing slash");
	is_errno_p(realpath("/tmp/rp/dir/file/x", buf), ENOTDIR, "below a file");
	is_errno_p(realpath("/tmp/rp/loop", buf), ELOOP, "a loop");
	is_errno_p(realpath("", buf), ENOENT, "the empty path");
	is_errno_p(realpath(NULL, buf), EINVAL, "NULL");
	return 0;
}
