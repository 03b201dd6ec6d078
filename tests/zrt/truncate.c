/*
 * truncate.c - truncate(2) and ftruncate(2): shrinking, growing with
 * zeros, and the refusals.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[200000];
	struct stat st;
	int fd, p[2], i;

	plan(24);
	put_file("/tmp/tr", "0123456789");
	is_int(0, truncate("/tmp/tr", 4), "truncate to 4");
	is_string("0123", get_file("/tmp/tr", buf, sizeof(buf)), "... keeps the first 4 bytes");
	is_int(0, truncate("/tmp/tr", 8), "truncate up to 8");
	stat("/tmp/tr", &st);
	is_int(8, st.st_size, "... the size is 8");
	fd = open("/tmp/tr", O_RDWR);
	is_int(8, read(fd, buf, sizeof(buf)), "... 8 bytes read");
	is_blob("0123\0\0\0\0", buf, 8, "... the new ones are zeros");
	is_int(0, ftruncate(fd, 2), "ftruncate to 2");
	fstat(fd, &st);
	is_int(2, st.st_size, "... the size is 2");
	is_int(8, lseek(fd, 0, SEEK_CUR), "... the offset stays");
	is_int(0, ftruncate(fd, 6), "ftruncate up to 6");
	is_int(6, pread(fd, buf, sizeof(buf), 0), "... 6 bytes");
	is_blob("01\0\0\0\0", buf, 6, "... bytes cut off and grown back read as zeros");
	is_errno(ftruncate(fd, -1), EINVAL, "ftruncate to a negative size");
	is_errno(ftruncate(fd, (off_t)1 << 41), EFBIG, "ftruncate past the largest file");
	close(fd);

	/* Across chunks: data beyond the new end must not come back. */
	fd = open("/tmp/tr", O_RDWR | O_TRUNC);
	memset(buf, 'q', sizeof(buf));
	write(fd, buf, sizeof(buf));
	ftruncate(fd, 70000);
	ftruncate(fd, 200000);
	memset(buf, 1, sizeof(buf));
	pread(fd, buf, sizeof(buf), 0);
	for (i = 70000; i < 200000 && buf[i] == 0; i++)
		;
	is_int(200000, i, "shrinking over chunks and growing again gives zeros");
	is_int('q', buf[69999], "... and keeps what stayed");
	close(fd);

	fd = open("/tmp/tr", O_RDONLY);
	is_errno(ftruncate(fd, 0), EINVAL, "ftruncate on a read-only descriptor");
	close(fd);
	is_errno(ftruncate(fd, 0), EBADF, "ftruncate on a closed descriptor");
	pipe(p);
	is_errno(ftruncate(p[1], 0), EINVAL, "ftruncate on a pipe");
	close(p[0]);
	close(p[1]);
	is_errno(truncate("/tmp", 0), EISDIR, "truncate a directory");
	is_errno(truncate("/tmp/none", 0), ENOENT, "truncate a missing file");
	is_errno(truncate("/tmp/tr", -1), EINVAL, "truncate to a negative size");
	chmod("/tmp/tr", 0444);
	is_errno(truncate("/tmp/tr", 0), EACCES, "truncate without write permission");
	is_errno(truncate("/dev/null", 0), EINVAL, "truncate a device");
	return 0;
}
