/*
 * resource.h - the resource limits getrlimit() reports and setrlimit()
 * lowers.  They describe what the manifest gave the program; the VM
 * enforces the real ones (Memory, channel quotas, Timeout).  ZRT itself
 * enforces RLIMIT_NOFILE (__zrt_fd_limit() in fd.h) and RLIMIT_FSIZE
 * (below).
 */
#ifndef ZRT_INTERNAL_RESOURCE_H
#define ZRT_INTERNAL_RESOURCE_H

#include <stdint.h>
#include <sys/resource.h>

/* The limit of resource res (0 .. RLIM_NLIMITS-1), initialised from the
 * user manifest on first use. */
struct rlimit *__zrt_rlimit(int res);

/* RLIMIT_FSIZE.  __zrt_fsize_room(at): how many bytes a write at offset
 * at of a regular file may transfer (INT64_MAX without a limit; a write
 * that starts below the limit is cut at it, as on Linux), or, when at is
 * at or past the limit, SIGXFSZ is sent (its default action ends the
 * program) and the answer is -EFBIG.  __zrt_fsize_check(size): 0 if a
 * file may have size bytes (truncate), else the same signal and -EFBIG. */
int64_t __zrt_fsize_room(int64_t at);
int __zrt_fsize_check(int64_t size);

#endif
