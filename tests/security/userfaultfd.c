/*
 * userfaultfd.c - userfaultfd(2), to stall the supervisor on a fault.
 *
 * A userfaultfd lets a process hold page faults in its own memory
 * indefinitely, including the supervisor's accesses through the shared
 * memory file: a classic way to widen race windows in a kernel or a
 * monitor.
 *
 * expect-state: forbidden system call 323 (userfaultfd) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(323, 0x80800 /* O_CLOEXEC | O_NONBLOCK */, 0, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
