/*
 * execve.c - execve(2) a host shell.
 *
 * A successful execve() would replace the nexe by a host program that
 * inherits the child's working directory and credentials, outside
 * everything vm-core controls.
 *
 * expect-state: forbidden system call 59 (execve) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static const char *const argv[] = {"/bin/sh", "-c", "id", 0};
	static const char *const envp[] = {0};

	attack_call(59, (long)argv[0], (long)argv, (long)envp, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
