/*
 * personality.c - personality(2) with READ_IMPLIES_EXEC.
 *
 * READ_IMPLIES_EXEC makes every readable mapping executable, undoing
 * the no-execute protection of data, heap and stack.
 *
 * expect-state: forbidden system call 135 (personality) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(135, 0x0400000 /* READ_IMPLIES_EXEC */, 0, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
