/*
 * pathconf.c - pathconf(3) and fpathconf(3): the limits of files, the
 * same for a path and its open descriptor, and the errors of each.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	int fd, p[2];

	plan(22);
	is_int(PATH_MAX, pathconf("/", _PC_PATH_MAX), "_PC_PATH_MAX is PATH_MAX");
	is_int(255, pathconf("/tmp", _PC_NAME_MAX), "_PC_NAME_MAX of memfs");
	is_int(255, pathconf("/dev/null", _PC_NAME_MAX), "... and of /dev");
	is_int(PIPE_BUF, pathconf("/", _PC_PIPE_BUF), "_PC_PIPE_BUF is PIPE_BUF");
	is_int(32767, pathconf("/", _PC_LINK_MAX), "_PC_LINK_MAX: memfs's link limit");
	is_int(1, pathconf("/", _PC_NO_TRUNC), "_PC_NO_TRUNC: long names fail");
	is_int(1, pathconf("/", _PC_CHOWN_RESTRICTED), "_PC_CHOWN_RESTRICTED");
	is_int(64, pathconf("/", _PC_FILESIZEBITS), "_PC_FILESIZEBITS");
	is_int(1, pathconf("/", _PC_2_SYMLINKS), "_PC_2_SYMLINKS");
	is_int(1000, pathconf("/", _PC_TIMESTAMP_RESOLUTION), "_PC_TIMESTAMP_RESOLUTION: 1 us");
	errno = 0;
	is_int(-1, pathconf("/", _PC_ASYNC_IO), "_PC_ASYNC_IO: not supported");
	is_int(0, errno, "... which leaves errno alone");
	is_errno(pathconf("/", 12345), EINVAL, "an unknown name");
	is_errno(pathconf("/none", _PC_PATH_MAX), ENOENT, "a missing path");
	is_errno(pathconf("", _PC_PATH_MAX), ENOENT, "the empty path");

	fd = open("/tmp", O_RDONLY);
	ok(fd >= 0, "open /tmp");
	is_int(PATH_MAX, fpathconf(fd, _PC_PATH_MAX), "fpathconf _PC_PATH_MAX");
	is_int(255, fpathconf(fd, _PC_NAME_MAX), "fpathconf _PC_NAME_MAX");
	is_errno(fpathconf(fd, -1), EINVAL, "fpathconf of an unknown name");
	close(fd);
	is_errno(fpathconf(fd, _PC_PATH_MAX), EBADF, "fpathconf of a closed descriptor");
	ok(pipe(p) == 0, "pipe");
	is_int(PIPE_BUF, fpathconf(p[1], _PC_PIPE_BUF), "fpathconf _PC_PIPE_BUF of a pipe");
	return 0;
}
