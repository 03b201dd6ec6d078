/*
 * kill-init.c - kill(2) an arbitrary process: SIGKILL to pid 1.
 *
 * Signals reach any process with the same user id; when zerovm is not
 * run as root, that is every process of the user who started it.
 *
 * expect-state: forbidden system call 62 (kill) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(62, 1, 9 /* SIGKILL */, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
