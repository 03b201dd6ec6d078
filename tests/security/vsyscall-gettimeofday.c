/*
 * vsyscall-gettimeofday.c - gettimeofday() through the vsyscall page.
 *
 * The first vsyscall entry, emulated by the kernel as gettimeofday (96):
 * a host clock with microsecond resolution, which the filter must stop
 * like the system call itself.
 *
 * requires: vsyscall
 * expect-state: forbidden system call 96 (gettimeofday) at 0xffffffffff600000
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	long (*vgettimeofday)(void *, void *) = (long (*)(void *, void *))0xffffffffff600000UL;
	static uint64_t tv[2];

	out_num(vgettimeofday(tv, 0));
	return 1;
}
