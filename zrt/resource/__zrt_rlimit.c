/*
 * __zrt_rlimit.c - the table of resource limits.
 */
#include <stddef.h>
#include <sys/resource.h>
#include <zvm.h>

#include "internal/fd.h"
#include "internal/resource.h"

static struct rlimit limits[RLIM_NLIMITS];
static int ready;

static void init(void)
{
	rlim_t heap = MANIFEST->heap_size, stack = MANIFEST->stack_size;
	int i;

	for (i = 0; i < RLIM_NLIMITS; i++)
		limits[i].rlim_cur = limits[i].rlim_max = RLIM_INFINITY;
	/* Memory is the heap the manifest's Memory left after the stack
	 * and the program's own segments; nothing can grow past it. */
	limits[RLIMIT_DATA].rlim_cur = limits[RLIMIT_DATA].rlim_max = heap;
	limits[RLIMIT_AS].rlim_cur = limits[RLIMIT_AS].rlim_max = heap;
	limits[RLIMIT_STACK].rlim_cur = limits[RLIMIT_STACK].rlim_max = stack;
	limits[RLIMIT_NOFILE].rlim_cur = limits[RLIMIT_NOFILE].rlim_max = ZRT_OPEN_MAX;
	/* There is nowhere to write a core file. */
	limits[RLIMIT_CORE].rlim_cur = limits[RLIMIT_CORE].rlim_max = 0;
	ready = 1;
}

struct rlimit *__zrt_rlimit(int res)
{
	if (!ready)
		init();
	return &limits[res];
}
