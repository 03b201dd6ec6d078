/*
 * write-manifest.c - rewrite the read-only user manifest.
 *
 * The user manifest tells the nexe its heap and its channels.  It is
 * information, not authority (the supervisor checks every trap against
 * its own table), but a nexe that could rewrite it could lie to the
 * libraries linked into it, so it is mapped read-only.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	/* heap_size and stack_size, both to 4 GiB - 1 */
	attack_store((void *)(uintptr_t)(ZVM_MANIFEST_ADDR + 8), 0xffffffffffffffffULL);
	out("the user manifest was overwritten\n");
	return 1;
}
