/*
 * fcntl.c - fcntl(2): descriptor and status flags, duplication, and
 * record locks as one process sees them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <unistd.h>

#include "internal/fd.h"
#include "internal/syscall.h"

/* The status flags F_SETFL may change; the access mode and the creation
 * flags stay as open() set them. */
#define SETTABLE (O_APPEND | O_NONBLOCK | O_SYNC | FASYNC)

/* A nexe is one process, and POSIX locks never conflict with their own
 * process's locks: every lock is granted at once and F_GETLK always finds
 * the range free.  Only the arguments are checked. */
static int lock(struct __zrt_file *f, int cmd, struct flock *fl)
{
	int acc = f->flags & O_ACCMODE;

	if (fl == NULL)
		return -EFAULT;
	if (fl->l_type != F_RDLCK && fl->l_type != F_WRLCK && fl->l_type != F_UNLCK)
		return -EINVAL;
	if (fl->l_whence != SEEK_SET && fl->l_whence != SEEK_CUR && fl->l_whence != SEEK_END)
		return -EINVAL;
	if (cmd == F_GETLK) {
		fl->l_type = F_UNLCK;
		return 0;
	}
	if (fl->l_type == F_RDLCK && acc == O_WRONLY)
		return -EBADF;
	if (fl->l_type == F_WRLCK && acc == O_RDONLY)
		return -EBADF;
	if (fl->l_whence == SEEK_SET && fl->l_start < 0)
		return -EINVAL;
	return 0;
}

static int do_fcntl(int fd, int cmd, intptr_t arg)
{
	struct __zrt_file *f = __zrt_fd_get(fd);

	if (f == NULL)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg < 0 || arg >= __zrt_fd_limit())
			return -EINVAL;
		f->refs++;
		return __zrt_fd_install(f, (int)arg, cmd == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return __zrt_fds[fd].cloexec ? FD_CLOEXEC : 0;
	case F_SETFD:
		/* Nothing is ever exec'd, but the flag is kept and reported. */
		__zrt_fds[fd].cloexec = (arg & FD_CLOEXEC) != 0;
		return 0;
	case F_GETFL:
		return f->flags;
	case F_SETFL:
		f->flags = (f->flags & ~SETTABLE) | ((int)arg & SETTABLE);
		return 0;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return lock(f, cmd, (struct flock *)arg);
	case F_GETOWN:
	case F_SETOWN:
		return 0; /* no signals for I/O */
	default:
		return -EINVAL;
	}
}

int fcntl(int fd, int cmd, ...)
{
	intptr_t arg = 0;
	va_list ap;

	/* Only the commands that take an argument get one read. */
	va_start(ap, cmd);
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
	case F_SETFD:
	case F_SETFL:
	case F_SETOWN:
		arg = va_arg(ap, int);
		break;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		arg = (intptr_t)va_arg(ap, struct flock *);
		break;
	}
	va_end(ap);
	return (int)__zrt_ret(do_fcntl(fd, cmd, arg));
}
