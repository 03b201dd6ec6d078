/*
 * channel.h - byte I/O on ZeroVM channels, the trap calls behind every
 * file descriptor that reaches outside the sandbox.
 *
 * These wrap zvm_pread/zvm_pwrite: they split requests larger than a
 * trap can carry (int32_t sizes) and return bytes or -errno.
 */
#ifndef ZRT_INTERNAL_CHANNEL_H
#define ZRT_INTERNAL_CHANNEL_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Largest request one trap carries: int32_t sizes, kept page-aligned. */
#define ZRT_CHANNEL_MAX_IO 0x40000000

/* A trap's answer in the C library's numbering.  zerovm answers -errno
 * as the host (Linux) numbers errors, and newlib numbers them the same up
 * to 34 but not above: of the errors traps give, EDQUOT (a spent quota)
 * is 122 for the host and 132 here, ENOSYS (an older zerovm) 38 and 88. */
static inline int64_t __zrt_trap_errno(int64_t r)
{
	if (r == -122)
		return -EDQUOT;
	if (r == -38)
		return -ENOSYS;
	return r;
}

/* Number of channels in the user manifest. */
int __zrt_channel_count(void);

/* The index of the channel whose alias is alias ("/dev/nvram"), or -1. */
int __zrt_channel_find(const char *alias);

/* Read up to size bytes at offset (ignored by sequential channels).
 * Returns bytes read, 0 at end of input, or -errno.  Like read(2), it
 * may return fewer bytes than asked for. */
ssize_t __zrt_channel_read(int ch, void *buf, size_t size, int64_t offset);

/* Write size bytes at offset, retrying after partial writes.  Returns
 * the bytes written; -errno only if nothing at all was written. */
ssize_t __zrt_channel_write(int ch, const void *buf, size_t size, int64_t offset);

#endif
