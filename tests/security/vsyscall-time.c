/*
 * vsyscall-time.c - time() through the legacy vsyscall page.
 *
 * The vsyscall page at 0xffffffffff600000 is mapped into every x86-64
 * process and cannot be unmapped.  The kernel emulates its three entry
 * points as system calls, which pass through seccomp like any other: the
 * supervisor sees time (201) at the entry's address.  A kernel booted
 * with vsyscall=none has no page at all (the call would fault), so the
 * attack needs the page.
 *
 * requires: vsyscall
 * expect-state: forbidden system call 201 (time) at 0xffffffffff600400
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	long (*vtime)(long *) = (long (*)(long *))0xffffffffff600400UL;

	out_num(vtime(0));
	return 1;
}
