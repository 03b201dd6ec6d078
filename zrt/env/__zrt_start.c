/*
 * __zrt_start.c - the C half of the start code (crt0.S is the other).
 */
#include <stdlib.h>
#include <unistd.h>

#include "internal/start.h"

void __zrt_start(const void *block, uint64_t size)
{
	__zrt_init(block, size);
	/* Registered before anything else so that it runs last: destructors
	 * run after every atexit handler, as they do on Linux. */
	atexit(__libc_fini_array);
	__libc_init_array();
	exit(main(__zrt_argc, __zrt_argv, environ));
}
