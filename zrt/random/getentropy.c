/*
 * getentropy.c - getentropy(3), which newlib's arc4random() seeds from:
 * bytes of the deterministic generator.
 */
#include <errno.h>
#include <stddef.h>
#include <unistd.h>

#include "internal/random.h"
#include "internal/syscall.h"

/* POSIX's GETENTROPY_MAX (and the BSDs' limit). */
#define ZRT_GETENTROPY_MAX 256

static int do_getentropy(void *buf, size_t len)
{
	if (len > ZRT_GETENTROPY_MAX)
		return -EINVAL;
	if (len == 0)
		return 0;
	if (buf == NULL)
		return -EFAULT;
	__zrt_random_bytes(buf, len);
	return 0;
}

int getentropy(void *buf, size_t len)
{
	return (int)__zrt_ret(do_getentropy(buf, len));
}
