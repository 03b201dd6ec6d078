/*
 * syscall.h - the one place where ZRT turns -errno into errno.
 *
 * Inside ZRT every operation returns a non-negative result or -errno, the
 * convention of zvm.h's traps.  Only the public POSIX functions convert,
 * by passing their result through __zrt_ret(), so errno is written in
 * exactly one place and internal callers never see a stale errno.
 */
#ifndef ZRT_INTERNAL_SYSCALL_H
#define ZRT_INTERNAL_SYSCALL_H

/* r >= 0: return r.  r < 0: set errno to -r and return -1. */
long __zrt_ret(long r);

#endif
