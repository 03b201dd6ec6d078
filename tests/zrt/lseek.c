/*
 * lseek.c - lseek(2) on files, directories, pipes, devices and
 * channels.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	int fd = open("/tmp/seek", O_RDWR | O_CREAT, 0644), p[2];
	char buf[8];
	struct stat st;

	plan(23);
	write(fd, "0123456789", 10);
	is_int(3, lseek(fd, 3, SEEK_SET), "SEEK_SET");
	is_int(5, lseek(fd, 2, SEEK_CUR), "SEEK_CUR forward");
	is_int(4, lseek(fd, -1, SEEK_CUR), "SEEK_CUR back");
	is_int(8, lseek(fd, -2, SEEK_END), "SEEK_END back");
	is_int(1, read(fd, buf, 1), "read after it");
	is_int('8', buf[0], "... at the right place");
	is_int(4, lseek(fd, 4, SEEK_SET), "back to 4");
	is_errno(lseek(fd, -5, SEEK_CUR), EINVAL, "a negative result");
	is_int(4, lseek(fd, 0, SEEK_CUR), "... leaves the offset");
	is_errno(lseek(fd, 0, 42), EINVAL, "an unknown whence");
	is_errno(lseek(fd, INT64_MAX, SEEK_END), EOVERFLOW, "past the largest offset");
	is_int(20, lseek(fd, 10, SEEK_END), "past the end");
	is_int(1, write(fd, "z", 1), "a write there");
	fstat(fd, &st);
	is_int(21, st.st_size, "... extends the file");
	is_int(5, pread(fd, buf, 5, 10), "the gap");
	is_blob("\0\0\0\0\0", buf, 5, "... reads as zeros");
	close(fd);
	is_errno(lseek(fd, 0, SEEK_SET), EBADF, "a closed descriptor");

	pipe(p);
	is_errno(lseek(p[0], 0, SEEK_CUR), ESPIPE, "a pipe's read end");
	is_errno(lseek(p[1], 0, SEEK_SET), ESPIPE, "a pipe's write end");
	close(p[0]);
	close(p[1]);
	is_errno(lseek(1, 0, SEEK_CUR), ESPIPE, "stdout, a sequential channel");
	fd = open("/dev/null", O_RDWR);
	is_int(0, lseek(fd, 100, SEEK_SET) - 100, "/dev/null can be seeked");
	close(fd);
	fd = open("/tmp", O_RDONLY);
	is_int(0, lseek(fd, 0, SEEK_SET), "a directory rewinds with SEEK_SET");
	is_errno(lseek(fd, 0, SEEK_END), EINVAL, "... but has no SEEK_END");
	close(fd);
	return 0;
}
