/*
 * readv.c - readv(2), writev(2), preadv, pwritev: scatter and gather.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char a[4], b[8], c[16];
	struct iovec w[3] = {{"one", 3}, {"", 0}, {"twothree", 8}}, r[3];
	struct iovec many[IOV_MAX + 1];
	int fd, p[2];

	plan(22);
	fd = open("/tmp/v", O_RDWR | O_CREAT | O_TRUNC, 0644);
	is_int(11, writev(fd, w, 3), "writev gathers 3 pieces, one empty");
	is_int(11, lseek(fd, 0, SEEK_CUR), "... and moves the offset");
	lseek(fd, 0, SEEK_SET);
	r[0].iov_base = a;
	r[0].iov_len = 2;
	r[1].iov_base = b;
	r[1].iov_len = 8;
	r[2].iov_base = c;
	r[2].iov_len = 16;
	is_int(11, readv(fd, r, 3), "readv scatters up to the end of file");
	is_blob("on", a, 2, "... the first piece");
	is_blob("etwothre", b, 8, "... the second");
	is_blob("e", c, 1, "... the third, short");
	is_int(0, readv(fd, r, 3), "readv at the end of file");
	is_int(5, preadv(fd, r, 2, 6), "preadv at 6");
	is_blob("th", a, 2, "... reads there");
	is_int(11, lseek(fd, 0, SEEK_CUR), "... without moving the offset");
	is_int(11, pwritev(fd, w, 3, 20), "pwritev at 20");
	is_int(31, lseek(fd, 0, SEEK_END), "... the file grew");
	is_errno(writev(fd, w, 0), EINVAL, "iovcnt 0");
	is_errno(writev(fd, many, IOV_MAX + 1), EINVAL, "iovcnt past IOV_MAX");
	is_errno(readv(fd, r, -1), EINVAL, "a negative iovcnt");
	is_errno(preadv(fd, r, 1, -1), EINVAL, "preadv at a negative offset");
	close(fd);
	is_errno(readv(fd, r, 1), EBADF, "readv of a closed descriptor");
	is_errno(writev(fd, w, 1), EBADF, "writev of a closed descriptor");

	pipe(p);
	is_int(11, writev(p[1], w, 3), "writev into a pipe");
	is_int(11, read(p[0], c, 16), "... arrives as one piece");
	is_blob("onetwothree", c, 11, "... in order");
	is_errno(pwritev(p[1], w, 1, 0), ESPIPE, "pwritev on a pipe");
	return 0;
}
