/*
 * openat.c - openat(2) relative to the working directory.
 *
 * openat() with AT_FDCWD needs no descriptor of the nexe's own: it
 * resolves against the child's working directory, which is still the
 * host's.  It must be refused like open().
 *
 * expect-state: forbidden system call 257 (openat) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(257, -100 /* AT_FDCWD */, (long)"../../../etc/shadow", 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
