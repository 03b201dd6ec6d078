/*
 * io-uring-setup.c - io_uring_setup(2), which bypasses the filter.
 *
 * Operations submitted through an io_uring ring are performed by the
 * kernel without passing through seccomp: one allowed io_uring_setup()
 * would make every other rule moot.
 *
 * expect-state: forbidden system call 425 (io_uring_setup) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	static uint32_t params[30];

	attack_call(425, 8, (long)params, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
