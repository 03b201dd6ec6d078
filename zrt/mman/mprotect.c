/*
 * mprotect.c - mprotect(2).  A nexe cannot change the protection of its
 * memory (the supervisor fixes the memory map in every run), so the call
 * checks its arguments as Linux does and succeeds without changing or
 * recording anything: programs that use it to drop rights keep working,
 * but nothing faults on access.  doc/zrt.md says so.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>
#include <zvm.h>

#include "internal/mman.h"
#include "internal/syscall.h"

/* Whether [from, to) lies in one region of the nexe's memory map
 * (zvm.h): its segments and heap, the stack, or the user manifest. */
static int mapped(uint64_t from, uint64_t to)
{
	uint64_t heap_end = (uint64_t)(uintptr_t)MANIFEST->heap_ptr + MANIFEST->heap_size;

	if (from >= ZVM_TEXT_ADDR && to <= heap_end)
		return 1;
	if (from >= ZVM_STACK_BASE && to <= ZVM_STACK_TOP)
		return 1;
	return from >= ZVM_MANIFEST_ADDR && to <= ZVM_MANIFEST_ADDR + ZVM_MANIFEST_SIZE;
}

static int do_mprotect(void *addr, size_t len, int prot)
{
	uint64_t from = (uint64_t)(uintptr_t)addr, to;

	if (from % ZRT_MMAP_PAGE != 0 || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)))
		return -EINVAL;
	if (len == 0)
		return 0;
	/* The range is whole pages; one that wraps or leaves the map is
	 * ENOMEM, as Linux says for pages that are not mapped. */
	if (from >= ZVM_USER_END || len > ZVM_USER_END - from)
		return -ENOMEM;
	to = from + ((len + ZRT_MMAP_PAGE - 1) / ZRT_MMAP_PAGE) * ZRT_MMAP_PAGE;
	if (!mapped(from, to))
		return -ENOMEM;
	return 0;
}

int mprotect(void *addr, size_t len, int prot)
{
	return (int)__zrt_ret(do_mprotect(addr, len, prot));
}
