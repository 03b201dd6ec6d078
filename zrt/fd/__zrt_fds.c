/*
 * __zrt_fds.c - the descriptor table itself.
 */
#include "internal/fd.h"

struct __zrt_fdslot __zrt_fds[ZRT_OPEN_MAX];
