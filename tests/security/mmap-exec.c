/*
 * mmap-exec.c - mmap(2) a fresh executable mapping.
 *
 * A new anonymous PROT_EXEC mapping is another way to code that was not
 * loaded by zerovm; a mapping above 4 GiB would also leave the
 * user-memory map.
 *
 * expect-state: forbidden system call 9 (mmap) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	/* MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED at 1 GiB. */
	attack_call(9, 0x40000000, 65536, 5 /* PROT_READ|PROT_EXEC */, 0x32, -1, 0);
	out("the system call returned\n");
	return 1;
}
