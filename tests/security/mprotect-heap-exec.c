/*
 * mprotect-heap-exec.c - mprotect(2) the heap to read+write+execute.
 *
 * Writable and executable memory would let the nexe run code that was
 * never part of the checked ELF image (and, later, never seen by the
 * validator).  Page protections are fixed by the supervisor's memory map.
 *
 * expect-state: forbidden system call 10 (mprotect) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(10, (long)MANIFEST->heap_ptr, 65536, 7 /* PROT_READ|WRITE|EXEC */, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
