/*
 * __zrt_fds.c - the descriptor table itself.
 */
#include "internal/fd.h"

struct __zrt_fd __zrt_fds[ZRT_FD_STDIO];
