/*
 * write-from-unmapped.c - make the supervisor write out memory the nexe
 * cannot read.
 *
 * The supervisor maps the whole 4 GiB memory file; the child maps only
 * its regions.  A write trap whose buffer lies in the NULL guard, the gap
 * after the heap or the gap after the user manifest would read that
 * memory on the nexe's behalf.  Each answer is -EINVAL and nothing
 * reaches the channel but the results themselves.
 *
 * expect-stdout: null-guard=-22
 * expect-stdout: after-heap=-22
 * expect-stdout: after-manifest=-22
 * expect-stdout: past-4gib=-22
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

static void attempt(const char *name, uint64_t where)
{
	attack_out_result(name, zvm_pwrite(1, (const char *)(uintptr_t)where, 64, 0));
}

int main(void)
{
	attempt("null-guard", 0x1000);
	attempt("after-heap", (uint64_t)(uintptr_t)MANIFEST->heap_ptr + MANIFEST->heap_size);
	attempt("after-manifest", ZVM_MANIFEST_ADDR + ZVM_MANIFEST_SIZE - 0x10000);
	attempt("past-4gib", ZVM_USER_END);
	return 0;
}
