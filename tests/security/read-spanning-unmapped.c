/*
 * read-spanning-unmapped.c - read buffers that lie partly in the nexe's
 * writable memory and partly outside it.
 *
 * One end of a buffer being writable says nothing about the other: the
 * supervisor must check the whole range.  The buffers here run from the
 * heap's end into the unmapped gap after it (memory the child cannot see
 * but the supervisor's mapping covers), from the gap below the stack into
 * the stack, from the stack's top into the read-only manifest, from the
 * signal stack past 4 GiB, and 2 GiB on from the heap's start.  Each
 * answer is -EINVAL, the writable part stays untouched, and the input is
 * still there afterwards.
 *
 * stdin: 0123456789abcdef
 * expect-stdout: heap-end=-22 untouched
 * expect-stdout: stack-bottom=-22 untouched
 * expect-stdout: stack-top=-22 untouched
 * expect-stdout: past-4gib=-22 untouched
 * expect-stdout: huge=-22 untouched
 * expect-stdout: after=0123456789abcdef
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

/* A read of size bytes at where; the 8 bytes at mark are the nexe's, and
 * the nexe marks them to see whether anything landed there (and puts
 * them back afterwards: one of them is the stack's top). */
static void attempt(const char *name, uint64_t where, int32_t size, uint64_t mark)
{
	char *m = (char *)(uintptr_t)mark, saved[8];
	int32_t r;

	memcpy(saved, m, 8);
	memset(m, '#', 8);
	r = zvm_pread(0, (char *)(uintptr_t)where, size, 0);
	out(name);
	out("=");
	out_num(r);
	out(memcmp(m, "########", 8) == 0 ? " untouched\n" : " WRITTEN\n");
	memcpy(m, saved, 8);
}

int main(void)
{
	uint64_t heap = (uint64_t)(uintptr_t)MANIFEST->heap_ptr;
	uint64_t heap_end = heap + MANIFEST->heap_size;
	char buf[17];

	attempt("heap-end", heap_end - 8, 16, heap_end - 8);
	attempt("stack-bottom", ZVM_STACK_BASE - 8, 16, ZVM_STACK_BASE);
	attempt("stack-top", ZVM_STACK_TOP - 8, 16, ZVM_STACK_TOP - 8);
	attempt("past-4gib", ZVM_USER_END - 8, 16, ZVM_USER_END - 8);
	attempt("huge", heap, 0x7fffffff, heap);
	out("after=");
	read_stdin(buf, sizeof buf);
	out(buf);
	out("\n");
	return 0;
}
