/*
 * exec-stack.c - run code written onto the stack.
 *
 * The classic injection: write machine code into a stack buffer and jump
 * to it.  The stack is mapped read+write without execute, so the fetch of
 * the first instruction faults, and the report names the buffer's
 * address as where the nexe was.
 *
 * expect-state: Signal 11 from untrusted code: Halting at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	volatile unsigned char code[16];
	void (*fn)(void) = (void (*)(void))(uintptr_t)code;

	code[0] = 0xc3; /* ret: harmless, if it ever ran */
	attack_note("at", (uint64_t)(uintptr_t)code);
	fn();
	out("code on the stack ran\n");
	return 1;
}
