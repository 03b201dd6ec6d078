/*
 * utime.c - utimensat(2), futimens(2), utime(2), utimes(2), futimes,
 * lutimes: chosen times, UTIME_NOW/UTIME_OMIT, and the deterministic
 * clock behind "now".
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct timespec ts[2];
	struct timeval tv[2];
	struct utimbuf ub;
	struct stat st, before;
	time_t now;
	int fd;

	plan(32);
	put_file("/tmp/t", "x");
	ts[0].tv_sec = 1000000000;
	ts[0].tv_nsec = 123456789;
	ts[1].tv_sec = 1200000000;
	ts[1].tv_nsec = 5;
	is_int(0, utimensat(AT_FDCWD, "/tmp/t", ts, 0), "utimensat");
	stat("/tmp/t", &st);
	is_int(1000000000, st.st_atime, "... atime seconds");
	is_int(123456789, st.st_atim.tv_nsec, "... atime nanoseconds");
	is_int(1200000000, st.st_mtime, "... mtime seconds");
	is_int(5, st.st_mtim.tv_nsec, "... mtime nanoseconds");
	ok(st.st_ctime > 1200000000, "... ctime is now");

	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 5;
	ts[1].tv_nsec = 0;
	utimensat(AT_FDCWD, "/tmp/t", ts, 0);
	stat("/tmp/t", &st);
	is_int(1000000000, st.st_atime, "UTIME_OMIT leaves atime");
	is_int(5, st.st_mtime, "... while mtime is set");
	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	now = time(NULL);
	utimensat(AT_FDCWD, "/tmp/t", ts, 0);
	stat("/tmp/t", &st);
	ok(st.st_atime >= now && st.st_atime <= now + 1, "UTIME_NOW is the clock's now");
	is_int(5, st.st_mtime, "... and UTIME_OMIT leaves mtime");
	ts[0].tv_nsec = 1000000000;
	is_errno(utimensat(AT_FDCWD, "/tmp/t", ts, 0), EINVAL, "tv_nsec of 1e9");
	ts[0].tv_nsec = -7;
	is_errno(utimensat(AT_FDCWD, "/tmp/t", ts, 0), EINVAL, "a negative tv_nsec");
	is_errno(utimensat(AT_FDCWD, "/tmp/none", NULL, 0), ENOENT, "a missing file");
	is_errno(utimensat(AT_FDCWD, "/tmp/t", NULL, 0x400), EINVAL, "an unknown flag");

	ub.actime = 111;
	ub.modtime = 222;
	is_int(0, utime("/tmp/t", &ub), "utime");
	stat("/tmp/t", &st);
	is_int(222, st.st_mtime, "... sets mtime");
	is_int(0, st.st_mtim.tv_nsec, "... in whole seconds");
	stat("/tmp/t", &before);
	is_int(0, utime("/tmp/t", NULL), "utime(NULL)");
	stat("/tmp/t", &st);
	ok(st.st_mtime >= now, "... sets now");
	tv[0].tv_sec = 10;
	tv[0].tv_usec = 500000;
	tv[1].tv_sec = 20;
	tv[1].tv_usec = 999999;
	is_int(0, utimes("/tmp/t", tv), "utimes");
	stat("/tmp/t", &st);
	is_int(999999000, st.st_mtim.tv_nsec, "... microseconds become nanoseconds");
	tv[1].tv_usec = 1000000;
	is_errno(utimes("/tmp/t", tv), EINVAL, "utimes with tv_usec of 1e6");
	tv[1].tv_usec = 0;
	fd = open("/tmp/t", O_RDONLY);
	is_int(0, futimes(fd, tv), "futimes");
	ts[0].tv_sec = 77;
	ts[0].tv_nsec = 0;
	ts[1] = ts[0];
	is_int(0, futimens(fd, ts), "futimens");
	fstat(fd, &st);
	is_int(77, st.st_mtime, "... sets the time");
	close(fd);
	is_errno(futimens(fd, ts), EBADF, "futimens of a closed descriptor");

	symlink("t", "/tmp/tl");
	tv[0].tv_sec = tv[1].tv_sec = 33;
	tv[0].tv_usec = tv[1].tv_usec = 0;
	is_int(0, lutimes("/tmp/tl", tv), "lutimes");
	lstat("/tmp/tl", &st);
	is_int(33, st.st_mtime, "... sets the link's time");
	stat("/tmp/t", &st);
	is_int(77, st.st_mtime, "... not the target's");

	chmod("/tmp/t", 0666);
	chown("/tmp/t", 555, 555);
	ts[0].tv_sec = ts[1].tv_sec = 1;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	is_errno(utimensat(AT_FDCWD, "/tmp/t", ts, 0), EPERM, "chosen times on another user's file");
	ts[0].tv_nsec = ts[1].tv_nsec = UTIME_NOW;
	is_int(0, utimensat(AT_FDCWD, "/tmp/t", ts, 0), "UTIME_NOW on it with write permission");
	is_int(0, utimensat(AT_FDCWD, "/tmp/t", NULL, 0), "\"now\" with write permission is allowed");
	return 0;
}
