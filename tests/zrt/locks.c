/*
 * locks.c - fcntl(2) record locks and flock(2) as the one process there
 * is sees them: its own locks never conflict, arguments are checked.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct flock fl = {0};
	int fd, ro, wo;

	plan(20);
	put_file("/tmp/lk", "0123456789");
	fd = open("/tmp/lk", O_RDWR);
	ro = open("/tmp/lk", O_RDONLY);
	wo = open("/tmp/lk", O_WRONLY);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 0;
	fl.l_len = 5;
	is_int(0, fcntl(fd, F_SETLK, &fl), "F_SETLK a write lock");
	is_int(0, fcntl(fd, F_SETLKW, &fl), "F_SETLKW the same range");
	fl.l_type = F_RDLCK;
	is_int(0, fcntl(ro, F_SETLK, &fl), "a read lock over it, from the same process");
	fl.l_type = F_WRLCK;
	is_int(0, fcntl(fd, F_GETLK, &fl), "F_GETLK");
	is_int(F_UNLCK, fl.l_type, "... finds no conflicting lock");
	is_int(5, fl.l_len, "... and leaves the rest");
	fl.l_type = F_UNLCK;
	is_int(0, fcntl(fd, F_SETLK, &fl), "F_UNLCK");
	fl.l_type = F_WRLCK;
	is_errno(fcntl(ro, F_SETLK, &fl), EBADF, "a write lock on a read-only descriptor");
	fl.l_type = F_RDLCK;
	is_errno(fcntl(wo, F_SETLK, &fl), EBADF, "a read lock on a write-only descriptor");
	fl.l_type = 42;
	is_errno(fcntl(fd, F_SETLK, &fl), EINVAL, "an unknown lock type");
	fl.l_type = F_RDLCK;
	fl.l_whence = 9;
	is_errno(fcntl(fd, F_SETLK, &fl), EINVAL, "an unknown whence");
	fl.l_whence = SEEK_SET;
	fl.l_start = -1;
	is_errno(fcntl(fd, F_SETLK, &fl), EINVAL, "a negative start");
	fl.l_whence = SEEK_END;
	is_int(0, fcntl(fd, F_SETLK, &fl), "a negative start from the end");
	is_errno(fcntl(99, F_SETLK, &fl), EBADF, "a closed descriptor");

	is_int(0, flock(fd, LOCK_EX), "flock LOCK_EX");
	is_int(0, flock(ro, LOCK_SH | LOCK_NB), "flock LOCK_SH|LOCK_NB");
	is_int(0, flock(fd, LOCK_UN), "flock LOCK_UN");
	is_errno(flock(fd, 0), EINVAL, "flock with no operation");
	is_errno(flock(fd, LOCK_SH | LOCK_EX), EINVAL, "flock with two operations");
	is_errno(flock(99, LOCK_EX), EBADF, "flock of a closed descriptor");
	return 0;
}
