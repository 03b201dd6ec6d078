/*
 * exec-heap.c - run code written into the heap.
 *
 * Like exec-stack, with the heap the manifest hands out: read+write,
 * never execute.  The instruction fetch at the heap's first byte faults.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	volatile unsigned char *heap = MANIFEST->heap_ptr;
	void (*fn)(void) = (void (*)(void))(uintptr_t)heap;

	heap[0] = 0xc3; /* ret */
	attack_note("at", (uint64_t)(uintptr_t)heap);
	fn();
	out("code in the heap ran\n");
	return 1;
}
