/*
 * mremap.c - mremap(2) the trap page onto the heap.
 *
 * Moving a mapping changes what lives at an address without munmap or
 * mmap: here the read+execute trap page would move over the writable
 * heap.
 *
 * expect-state: forbidden system call 25 (mremap) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	/* MREMAP_MAYMOVE | MREMAP_FIXED */
	attack_call(25, (long)ZVM_TRAP_ADDR, (long)ZVM_TRAP_SIZE, (long)ZVM_TRAP_SIZE, 3,
		    (long)MANIFEST->heap_ptr, 0);
	out("the system call returned\n");
	return 1;
}
