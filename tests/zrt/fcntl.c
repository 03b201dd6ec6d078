/*
 * fcntl.c - fcntl(2): status and descriptor flags, F_DUPFD, ioctl(2)'s
 * few meaningful requests, fsync(2).
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	int fd, d, p[2], n;
	char buf[8];

	plan(36);
	put_file("/tmp/fc", "0123456789");
	fd = open("/tmp/fc", O_RDONLY);
	is_int(O_RDONLY, fcntl(fd, F_GETFL) & O_ACCMODE, "F_GETFL: O_RDONLY");
	close(fd);
	fd = open("/tmp/fc", O_RDWR | O_APPEND | O_CREAT | O_TRUNC * 0);
	is_int(O_RDWR, fcntl(fd, F_GETFL) & O_ACCMODE, "F_GETFL: O_RDWR");
	ok(fcntl(fd, F_GETFL) & O_APPEND, "F_GETFL: O_APPEND");
	is_int(0, fcntl(fd, F_GETFL) & O_CREAT, "... but not the open-only O_CREAT");
	is_int(0, fcntl(fd, F_SETFL, O_RDONLY), "F_SETFL clearing O_APPEND");
	is_int(O_RDWR, fcntl(fd, F_GETFL), "... the access mode cannot change");
	pwrite(fd, "x", 1, 0);
	lseek(fd, 0, SEEK_SET);
	is_int(1, write(fd, "Y", 1), "a write without O_APPEND");
	is_int(1, lseek(fd, 0, SEEK_CUR), "... goes to the offset");
	fcntl(fd, F_SETFL, O_APPEND);
	write(fd, "Z", 1);
	is_int(11, lseek(fd, 0, SEEK_CUR), "F_SETFL O_APPEND: writes go to the end");

	is_int(0, fcntl(fd, F_GETFD), "F_GETFD: clear");
	is_int(0, fcntl(fd, F_SETFD, FD_CLOEXEC), "F_SETFD");
	is_int(FD_CLOEXEC, fcntl(fd, F_GETFD), "F_GETFD: FD_CLOEXEC");
	d = fcntl(fd, F_DUPFD, 20);
	is_int(20, d, "F_DUPFD 20");
	is_int(21, fcntl(fd, F_DUPFD, 20), "F_DUPFD 20 again: 21");
	is_int(0, fcntl(d, F_GETFD), "... without FD_CLOEXEC");
	is_int(22, fcntl(fd, F_DUPFD_CLOEXEC, 20), "F_DUPFD_CLOEXEC");
	is_int(FD_CLOEXEC, fcntl(22, F_GETFD), "... with FD_CLOEXEC");
	is_errno(fcntl(fd, F_DUPFD, -1), EINVAL, "F_DUPFD -1");
	is_errno(fcntl(fd, F_DUPFD, 5000), EINVAL, "F_DUPFD past the table");
	is_errno(fcntl(fd, 12345), EINVAL, "an unknown command");
	is_errno(fcntl(99, F_GETFL), EBADF, "a closed descriptor");

	is_int(0, ioctl(fd, FIONREAD, &n), "FIONREAD on a file");
	is_int(0, n, "... nothing left at the end");
	lseek(fd, 3, SEEK_SET);
	ioctl(fd, FIONREAD, &n);
	is_int(8, n, "... 8 bytes left from offset 3");
	is_errno(ioctl(fd, TIOCGWINSZ, buf), ENOTTY, "a terminal request");
	is_errno(ioctl(99, FIONREAD, &n), EBADF, "ioctl on a closed descriptor");
	is_int(0, ioctl(fd, FIONCLEX), "FIONCLEX");
	is_int(0, fcntl(fd, F_GETFD), "... clears FD_CLOEXEC");
	is_int(0, fsync(fd), "fsync");
	is_int(0, fdatasync(fd), "fdatasync");
	is_errno(fsync(99), EBADF, "fsync of a closed descriptor");

	pipe(p);
	n = 1;
	is_int(0, ioctl(p[0], FIONBIO, &n), "FIONBIO on a pipe");
	ok(fcntl(p[0], F_GETFL) & O_NONBLOCK, "... sets O_NONBLOCK");
	is_errno(read(p[0], buf, 1), EAGAIN, "... so an empty read is EAGAIN");
	write(p[1], "abc", 3);
	ioctl(p[0], FIONREAD, &n);
	is_int(3, n, "FIONREAD on a pipe");
	is_errno(fsync(p[1]), EINVAL, "fsync of a pipe");
	return 0;
}
