/*
 * fork.c - fork(2) a second process.
 *
 * A second process would run outside the supervisor's one-child
 * bookkeeping: it would outlive the session timeout's SIGKILL of the
 * child and escape accounting.  RLIMIT_NPROC is 0 as well, but the
 * filter must stop it first and say so.
 *
 * expect-state: forbidden system call 57 (fork) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(57, 0, 0, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
