/*
 * seccomp.c - seccomp(2) to stack a filter of the nexe's own.
 *
 * A nexe-installed filter with a user-notification listener would
 * intercept its own system calls; any change to the filter stack is a
 * change to the sandbox and must be refused.
 *
 * expect-state: forbidden system call 317 (seccomp) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	/* One instruction: SECCOMP_RET_ALLOW. */
	static const uint64_t insn = 0x7fff000000000006ULL;
	static struct {
		uint16_t len;
		const void *filter;
	} prog = {1, &insn};

	/* SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER */
	attack_call(317, 1, 8, (long)&prog, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
