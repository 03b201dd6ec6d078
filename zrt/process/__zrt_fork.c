/*
 * __zrt_fork.c - fork(): zvm_fork(), and what ZRT keeps per process.
 *
 * __zrt_fork_enter.S saves the registers a call preserves and makes the
 * trap through __zrt_fork_trap(); the child comes back through
 * __zrt_fork_child() with its own identity.  The child's memory is a
 * copy of the parent's at the trap, so it has the parent's descriptors,
 * stdio buffers and signal actions, as on Unix.
 */
#include <errno.h>
#include <stdint.h>
#include <zvm.h>

#include "internal/clock.h"
#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/signal.h"

long __zrt_fork_enter(void) __attribute__((visibility("hidden")));
long __zrt_fork_trap(uint64_t ip, uint64_t sp) __attribute__((visibility("hidden")));
void __zrt_fork_child(int64_t pid, int64_t parent) __attribute__((visibility("hidden")));

long __zrt_fork_trap(uint64_t ip, uint64_t sp)
{
	return zvm_fork(ip, sp);
}

void __zrt_fork_child(int64_t pid, int64_t parent)
{
	__zrt_self = (pid_t)pid;
	__zrt_parent = (pid_t)parent;
	__zrt_resumed();
	/* POSIX: the child starts with no signal pending and no alarm, and
	 * its parent's children are not its own. */
	__zrt_signals.pending = 0;
	__zrt_clock_alarm(0);
	__zrt_reaped_forget();
	__zrt_pipe_child(__zrt_parent);
}

pid_t __zrt_fork(void)
{
	long r;

	__zrt_vfs_init();
	r = __zrt_fork_enter();
	/* zvm_fork() fails with -EAGAIN, -ENOMEM when the host cannot copy
	 * the memory, or -EINVAL for an ip outside the code, which ours
	 * never is.  An older zerovm answers -ENOSYS, in the host's
	 * numbering (38, where newlib's ENOSYS is 88): any other failure
	 * means no processes, so {CHILD_MAX} is 1, as before. */
	if (r == -ENOMEM)
		return -ENOMEM;
	if (r < 0)
		return -EAGAIN;
	/* The child runs only when this process waits, yields or ends, so
	 * its ends can be counted now. */
	if (r > 0)
		__zrt_fd_fork((pid_t)r);
	return (pid_t)r;
}
