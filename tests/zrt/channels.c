/*
 * channels.c - the manifest's channels as files in /dev: types from
 * the access they allow (or nvram's [mapping]), sizes, seeking, reading
 * and writing at offsets, and descriptors 0, 1, 2.
 *
 * stdin: data/channels-in.txt
 * channel: /dev/seq ro data/channels-seq.txt
 * channel: /dev/image rro data/channels-image.txt
 * channel: /dev/out wo
 * channel: /dev/rw rw
 * channel: /dev/piped ro data/channels-seq.txt
 * channel: /dev/asfile ro data/channels-seq.txt
 * channel: /dev/aschar rro data/channels-image.txt
 * output: /dev/out data/channels-out.txt
 * nvram:
 *   [mapping]
 *   channel=/dev/piped, mode=pipe
 *   channel=/dev/asfile, mode=file
 *   channel=/dev/aschar, mode=char
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static void standard(void)
{
	struct stat a, b;
	char buf[32];

	is_int(0, fstat(0, &a), "descriptor 0 is open");
	stat("/dev/stdin", &b);
	is_int(b.st_ino, a.st_ino, "... on /dev/stdin");
	is_int(O_RDONLY, fcntl(0, F_GETFL) & O_ACCMODE, "... for reading");
	is_int(O_WRONLY, fcntl(1, F_GETFL) & O_ACCMODE, "descriptor 1 is for writing");
	fstat(2, &a);
	stat("/dev/stderr", &b);
	is_int(b.st_ino, a.st_ino, "descriptor 2 is /dev/stderr");
	is_int(11, read(0, buf, 11), "read stdin");
	is_blob("first line\n", buf, 11, "... its first line");
	ok(S_ISCHR(a.st_mode), "a sequential channel is a character device");
	is_int(0222, a.st_mode & 0777, "... writable only, as its limits say");
	is_int(65536, a.st_blksize, "... st_blksize 64 KiB: one trap per stdio buffer");
}

static void sequential(void)
{
	char buf[64];
	int fd = open("/dev/seq", O_RDONLY);

	ok(fd >= 0, "open a sequential channel");
	ok(S_ISCHR(mode_of("/dev/seq")), "... a character device");
	is_int(0444, mode_of("/dev/seq") & 0777, "... readable only");
	is_int(10, read(fd, buf, 10), "read 10");
	is_int(14, read(fd, buf + 10, sizeof(buf)), "read on");
	is_blob("sequential channel data\n", buf, 24, "... in order");
	is_int(0, read(fd, buf, sizeof(buf)), "end of input");
	is_errno(lseek(fd, 0, SEEK_SET), ESPIPE, "lseek");
	is_errno(pread(fd, buf, 1, 0), ESPIPE, "pread");
	close(fd);
	is_errno(open("/dev/seq", O_WRONLY), EACCES, "open a read-only channel for writing");
}

static void random_read(void)
{
	struct stat st;
	char buf[32];
	FILE *f;
	int fd = open("/dev/image", O_RDONLY);

	fstat(fd, &st);
	ok(S_ISREG(st.st_mode), "a random-read channel is a regular file");
	is_int(20, st.st_size, "... of the channel's size");
	is_int(4, pread(fd, buf, 4, 10), "pread at 10");
	is_blob("abcd", buf, 4, "... the bytes there");
	is_int(16, lseek(fd, -4, SEEK_END), "lseek from the end");
	is_int(4, read(fd, buf, 10), "read to the end");
	is_blob("ghij", buf, 4, "... the last 4 bytes");
	is_int(0, read(fd, buf, 10), "end of file");
	is_int(0, pread(fd, buf, 10, 100), "pread past the end");
	close(fd);
	f = fopen("/dev/image", "r");
	fseek(f, 5, SEEK_SET);
	is_int('5', fgetc(f), "stdio seeks in it");
	fclose(f);
}

static void writing(void)
{
	char buf[32];
	int fd = open("/dev/out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	FILE *f;

	ok(fd >= 0, "open a write-only channel with O_CREAT|O_TRUNC");
	is_int(0222, mode_of("/dev/out") & 0777, "... writable only");
	is_int(21, write(fd, "written to a channel\n", 21), "write to it");
	is_errno(read(fd, buf, 1), EBADF, "read from it");
	close(fd);
	f = fopen("/dev/out", "w");
	fputs("second write\n", f);
	is_int(0, fclose(f), "stdio writes to it");

	fd = open("/dev/rw", O_RDWR);
	ok(S_ISREG(mode_of("/dev/rw")), "a random read-write channel is a regular file");
	is_int(0666, mode_of("/dev/rw") & 0777, "... readable and writable");
	is_int(5, pwrite(fd, "hello", 5, 100), "pwrite at 100");
	is_int(5, pread(fd, buf, 5, 100), "pread it back");
	is_blob("hello", buf, 5, "... the same bytes");
	is_int(105, lseek(fd, 0, SEEK_END), "the size grew to 105");
	close(fd);
}

static void mapped(void)
{
	struct stat st;

	ok(S_ISFIFO(mode_of("/dev/piped")), "[mapping] mode=pipe: a FIFO");
	ok(S_ISREG(mode_of("/dev/asfile")), "[mapping] mode=file: a regular file");
	ok(S_ISCHR(mode_of("/dev/aschar")), "[mapping] mode=char: a character device");
	stat("/dev/aschar", &st);
	is_int(0, st.st_size, "... with no size");
	is_int(-1, lseek(open("/dev/piped", O_RDONLY), 0, SEEK_SET), "a mapped sequential channel still cannot seek");
}

int main(void)
{
	plan(46);
	standard();
	sequential();
	random_read();
	writing();
	mapped();
	return 0;
}
