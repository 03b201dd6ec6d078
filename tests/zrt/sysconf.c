/*
 * sysconf.c - the system's limits and options (sysconf), the resource
 * limits (getrlimit, setrlimit), which follow the manifest's Memory, and
 * aligned allocation.
 *
 * memory: 67108864
 */
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zvm.h>

#include "tap/basic.h"

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void check_sysconf(void)
{
	long heap_pages = (long)(MANIFEST->heap_size / 4096);

	is_int(4096, sysconf(_SC_PAGESIZE), "_SC_PAGESIZE");
	is_int(4096, getpagesize(), "getpagesize() agrees");
	is_int(1000000, sysconf(_SC_CLK_TCK), "_SC_CLK_TCK: times() counts microseconds");
	is_int(1, sysconf(_SC_NPROCESSORS_CONF), "_SC_NPROCESSORS_CONF");
	is_int(1, sysconf(_SC_NPROCESSORS_ONLN), "_SC_NPROCESSORS_ONLN");
	is_int(1024, sysconf(_SC_OPEN_MAX), "_SC_OPEN_MAX");
	is_int(131072, sysconf(_SC_ARG_MAX), "_SC_ARG_MAX: what nvram can hold");
	if (MANIFEST->shared_size > 0)
		is_int(ZVM_MAX_PROCESSES, sysconf(_SC_CHILD_MAX),
		       "_SC_CHILD_MAX: ZVM_MAX_PROCESSES");
	else
		is_int(1, sysconf(_SC_CHILD_MAX),
		       "_SC_CHILD_MAX: the program alone (an older zerovm)");
	is_int(200809, sysconf(_SC_VERSION), "_SC_VERSION");
	is_int(200809, sysconf(_SC_MONOTONIC_CLOCK), "_SC_MONOTONIC_CLOCK");
	is_int(64, sysconf(_SC_HOST_NAME_MAX), "_SC_HOST_NAME_MAX");
	is_int(heap_pages, sysconf(_SC_PHYS_PAGES), "_SC_PHYS_PAGES is the heap (%ld)", heap_pages);
	ok(sysconf(_SC_AVPHYS_PAGES) > 0 && sysconf(_SC_AVPHYS_PAGES) <= heap_pages,
	   "_SC_AVPHYS_PAGES is what is left of it");
	errno = 0;
	is_int(-1, sysconf(_SC_THREADS), "_SC_THREADS: no threads");
	is_int(0, errno, "... -1 without errno: an unsupported option");
	ok(fails_with(sysconf(-1), EINVAL), "sysconf(-1): EINVAL");
	ok(fails_with(sysconf(100000), EINVAL), "sysconf(100000): EINVAL");
}

static void check_rlimits(void)
{
	struct rlimit rl, low = {100, 200};

	is_int(0, getrlimit(RLIMIT_DATA, &rl), "getrlimit(RLIMIT_DATA)");
	ok(rl.rlim_cur == MANIFEST->heap_size && rl.rlim_max == MANIFEST->heap_size,
	   "... is the heap size (%u)", (unsigned)MANIFEST->heap_size);
	ok(MANIFEST->heap_size > 32u << 20, "... which follows Memory (64 MiB)");
	is_int(0, getrlimit(RLIMIT_AS, &rl), "getrlimit(RLIMIT_AS)");
	ok(rl.rlim_cur == MANIFEST->heap_size, "... is the heap size too");
	is_int(0, getrlimit(RLIMIT_STACK, &rl), "getrlimit(RLIMIT_STACK)");
	ok(rl.rlim_cur == 16u << 20 && rl.rlim_max == 16u << 20, "... is 16 MiB");
	is_int(0, getrlimit(RLIMIT_NOFILE, &rl), "getrlimit(RLIMIT_NOFILE)");
	ok(rl.rlim_cur == 1024 && rl.rlim_max == 1024, "... is 1024");
	is_int(0, getrlimit(RLIMIT_CORE, &rl), "getrlimit(RLIMIT_CORE)");
	ok(rl.rlim_cur == 0 && rl.rlim_max == 0, "... is 0: no core files");
	is_int(0, getrlimit(RLIMIT_CPU, &rl), "getrlimit(RLIMIT_CPU)");
	ok(rl.rlim_cur == RLIM_INFINITY, "... is unlimited (the VM's Timeout rules)");
	ok(fails_with(getrlimit(RLIM_NLIMITS, &rl), EINVAL), "getrlimit of a bad resource: EINVAL");

	is_int(0, setrlimit(RLIMIT_NOFILE, &low), "setrlimit lowers RLIMIT_NOFILE");
	is_int(0, getrlimit(RLIMIT_NOFILE, &rl), "getrlimit");
	ok(rl.rlim_cur == 100 && rl.rlim_max == 200, "... reads back the new limits");
	rl.rlim_cur = 300;
	rl.rlim_max = 300;
	ok(fails_with(setrlimit(RLIMIT_NOFILE, &rl), EPERM), "raising the hard limit: EPERM");
	rl.rlim_cur = 150;
	rl.rlim_max = 100;
	ok(fails_with(setrlimit(RLIMIT_NOFILE, &rl), EINVAL), "soft above hard: EINVAL");
	rl.rlim_cur = 200;
	rl.rlim_max = 200;
	is_int(0, setrlimit(RLIMIT_NOFILE, &rl), "raising the soft limit up to the hard one");
	ok(fails_with(setrlimit(-1, &rl), EINVAL), "setrlimit of a bad resource: EINVAL");
}

static void check_memalign(void)
{
	void *p = NULL, *q = (void *)1;

	is_int(0, posix_memalign(&p, 64, 100), "posix_memalign(64, 100)");
	ok(p != NULL && (uintptr_t)p % 64 == 0, "... is 64-byte aligned");
	free(p);
	is_int(0, posix_memalign(&p, 65536, 1), "posix_memalign(65536, 1)");
	ok(p != NULL && (uintptr_t)p % 65536 == 0, "... is 64 KiB aligned");
	free(p);
	is_int(EINVAL, posix_memalign(&q, 24, 8), "alignment 24 (not a power of 2): EINVAL");
	is_int(EINVAL, posix_memalign(&q, 4, 8), "alignment 4 (below sizeof(void *)): EINVAL");
	ok(q == (void *)1, "... leaving the pointer alone");
	is_int(ENOMEM, posix_memalign(&q, 64, (size_t)1 << 40), "1 TiB: ENOMEM");
	p = aligned_alloc(4096, 8192);
	ok(p != NULL && (uintptr_t)p % 4096 == 0, "aligned_alloc(4096, 8192)");
	free(p);
	p = memalign(256, 10);
	ok(p != NULL && (uintptr_t)p % 256 == 0, "memalign(256, 10)");
	free(p);
}

int main(void)
{
	plan(48);
	check_sysconf();
	check_rlimits();
	check_memalign();
	return 0;
}
