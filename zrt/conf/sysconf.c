/*
 * sysconf.c - sysconf(3): the limits and options of a nexe's system.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/fd.h"
#include "internal/nvram.h"
#include "internal/proc.h"
#include "internal/syscall.h"

/* The last name newlib's <sys/unistd.h> defines. */
#define ZRT_SC_LAST _SC_POSIX_26_VERSION

long sysconf(int name)
{
	const char *heap = MANIFEST->heap_ptr;

	switch (name) {
	case _SC_ARG_MAX:
		/* The whole command line travels in the nvram. */
		return ZRT_NVRAM_MAX_SIZE;
	case _SC_CHILD_MAX:
		/* Under an older zerovm, the program itself: fork() fails
		 * with EAGAIN. */
		return __zrt_procs() ? ZVM_MAX_PROCESSES : 1;
	case _SC_CLK_TCK:
		return 1000000; /* times() counts microseconds, like clock() */
	case _SC_NGROUPS_MAX:
		return NGROUPS_MAX;
	case _SC_OPEN_MAX:
		return __zrt_fd_limit();
	case _SC_PAGESIZE:
		return ZRT_PAGESIZE;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1;
	case _SC_PHYS_PAGES:
		return (long)(MANIFEST->heap_size / ZRT_PAGESIZE);
	case _SC_AVPHYS_PAGES:
		/* What the heap has left: a function of the program's own
		 * allocations, so still the same in every run. */
		return (long)((MANIFEST->heap_size - (uint64_t)((const char *)sbrk(0) - heap)) /
			      ZRT_PAGESIZE);
	case _SC_VERSION:
	case _SC_MONOTONIC_CLOCK:
	case _SC_CPUTIME:
		return 200809L;
	case _SC_HOST_NAME_MAX:
		return 64;
	case _SC_LOGIN_NAME_MAX:
		return 32;
	case _SC_GETPW_R_SIZE_MAX:
	case _SC_GETGR_R_SIZE_MAX:
		return 256; /* root's entries need far less */
	case _SC_LINE_MAX:
		return LINE_MAX;
	case _SC_IOV_MAX:
		return IOV_MAX;
	case _SC_SYMLOOP_MAX:
		return 40; /* the file system's limit, Linux's */
	case _SC_RE_DUP_MAX:
		return RE_DUP_MAX;
	case _SC_EXPR_NEST_MAX:
		return EXPR_NEST_MAX;
	case _SC_BC_BASE_MAX:
		return BC_BASE_MAX;
	case _SC_BC_DIM_MAX:
		return BC_DIM_MAX;
	case _SC_BC_SCALE_MAX:
		return BC_SCALE_MAX;
	case _SC_BC_STRING_MAX:
		return BC_STRING_MAX;
	default:
		break;
	}
	if (name < 0 || name > ZRT_SC_LAST)
		return __zrt_ret(-EINVAL);
	/* A name POSIX knows whose option is not supported, or whose limit
	 * is not fixed: -1 with errno unchanged, as POSIX says. */
	return -1;
}
