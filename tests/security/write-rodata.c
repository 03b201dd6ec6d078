/*
 * write-rodata.c - overwrite the nexe's read-only data.
 *
 * The loader maps each PT_LOAD segment with its own protection; a read
 * only segment must stay read-only, or constants (and, in a real nexe,
 * jump tables) could be changed under the program's feet.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

static const char constant[16] = "constant";

int main(void)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_store_insn);
	attack_store((void *)(uintptr_t)constant, 0x2121212121212121ULL);
	out("read-only data was overwritten\n");
	return 1;
}
