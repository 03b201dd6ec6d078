/*
 * readwrite.c - read(2), write(2), pread(2), pwrite(2) on memfs files:
 * offsets, holes, large transfers and the errno of misuse.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static void basics(void)
{
	char buf[32];
	int fd = open("/tmp/rw", O_RDWR | O_CREAT | O_TRUNC, 0644);

	is_int(6, write(fd, "abcdef", 6), "write 6 bytes");
	is_int(6, lseek(fd, 0, SEEK_CUR), "... the offset moved by 6");
	is_int(0, read(fd, buf, sizeof(buf)), "read at the end of file returns 0");
	lseek(fd, 2, SEEK_SET);
	is_int(3, read(fd, buf, 3), "read 3 bytes from offset 2");
	is_blob("cde", buf, 3, "... the right ones");
	is_int(1, read(fd, buf, 10), "a short read at the end");
	is_int(0, write(fd, buf, 0), "write of 0 bytes");
	is_int(0, read(fd, buf, 0), "read of 0 bytes");
	close(fd);
	is_errno(read(fd, buf, 1), EBADF, "read of a closed descriptor");
	is_errno(write(fd, buf, 1), EBADF, "write of a closed descriptor");
	is_errno(read(-1, buf, 1), EBADF, "read(-1)");
	is_errno(write(100000, buf, 1), EBADF, "write to a descriptor past the table");
}

static void modes(void)
{
	char buf[8];
	int fd = open("/tmp/rw", O_RDONLY);

	is_errno(write(fd, "x", 1), EBADF, "write on an O_RDONLY descriptor");
	is_errno(pwrite(fd, "x", 1, 0), EBADF, "pwrite on an O_RDONLY descriptor");
	close(fd);
	fd = open("/tmp/rw", O_WRONLY);
	is_errno(read(fd, buf, 1), EBADF, "read on an O_WRONLY descriptor");
	is_errno(pread(fd, buf, 1, 0), EBADF, "pread on an O_WRONLY descriptor");
	close(fd);
	fd = open("/tmp", O_RDONLY);
	is_errno(read(fd, buf, 1), EISDIR, "read on a directory");
	close(fd);
}

static void positioned(void)
{
	char buf[16];
	int fd = open("/tmp/rw", O_RDWR | O_TRUNC);

	write(fd, "0123456789", 10);
	lseek(fd, 4, SEEK_SET);
	is_int(3, pread(fd, buf, 3, 7), "pread 3 at 7");
	is_blob("789", buf, 3, "... reads there");
	is_int(4, lseek(fd, 0, SEEK_CUR), "... and leaves the offset");
	is_int(2, pwrite(fd, "XY", 2, 1), "pwrite 2 at 1");
	is_int(4, lseek(fd, 0, SEEK_CUR), "... and leaves the offset");
	is_int(0, pread(fd, buf, 4, 10), "pread at the end returns 0");
	is_errno(pread(fd, buf, 1, -1), EINVAL, "pread at a negative offset");
	is_errno(pwrite(fd, buf, 1, -5), EINVAL, "pwrite at a negative offset");
	is_int(1, pwrite(fd, "!", 1, 15), "pwrite past the end");
	is_int(16, pread(fd, buf, 16, 0), "... the file grew to 16");
	is_blob("0XY3456789\0\0\0\0\0!", buf, 16, "... with a hole of zeros");
	close(fd);
}

static void appending(void)
{
	char buf[16];
	int fd = open("/tmp/rw", O_RDWR | O_TRUNC | O_APPEND);

	write(fd, "abc", 3);
	is_int(1, pwrite(fd, "Z", 1, 0), "pwrite on O_APPEND");
	is_int(3, pread(fd, buf, 8, 0), "... writes at its offset, as POSIX says");
	is_blob("Zbc", buf, 3, "... over the first byte");
	close(fd);
}

static void large(void)
{
	size_t size = 300 * 1024 + 17, i;
	unsigned char *out = malloc(size), *in = malloc(size);
	struct stat st;
	int fd = open("/tmp/big", O_RDWR | O_CREAT | O_TRUNC, 0644);

	for (i = 0; i < size; i++)
		out[i] = (unsigned char)(i * 7 + i / 251);
	is_int((long long)size, write(fd, out, size), "one write of 300 KiB");
	memset(in, 0, size);
	is_int((long long)size, pread(fd, in, size, 0), "one read of it back");
	ok(memcmp(in, out, size) == 0, "... the same bytes across chunks");
	is_int(100, pread(fd, in, 100, 65536 - 50), "a read across a chunk boundary");
	ok(memcmp(in, out + 65536 - 50, 100) == 0, "... the right bytes");
	is_int(1, pwrite(fd, "x", 1, (off_t)1 << 32), "a write at 4 GiB");
	fstat(fd, &st);
	is_int(((long long)1 << 32) + 1, st.st_size, "... makes a 4 GiB file");
	ok(st.st_blocks * 512 < 1 << 20, "... that takes little memory (%lld blocks)",
	   (long long)st.st_blocks);
	is_int(10, pread(fd, in, 10, 3000000000LL), "a read in the hole");
	ok(memcmp(in, "\0\0\0\0\0\0\0\0\0\0", 10) == 0, "... returns zeros");
	is_errno(pwrite(fd, "x", 1, (off_t)1 << 40), EFBIG, "a write at 1 TiB, past the largest file");
	close(fd);
	unlink("/tmp/big");
	free(out);
	free(in);
}

int main(void)
{
	plan(42);
	basics();
	modes();
	positioned();
	appending();
	large();
	return 0;
}
