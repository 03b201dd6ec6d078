/*
 * open.c - open(2) a host file by its path.
 *
 * The nexe holds no descriptor, so reaching a host file would take a
 * fresh open().  The filter sends every system call but the trap to the
 * supervisor, which must end the session and name the call before the
 * kernel looks at the path at all.
 *
 * expect-state: forbidden system call 2 (open) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(2, (long)"/etc/passwd", 0 /* O_RDONLY */, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
