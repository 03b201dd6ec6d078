/*
 * trap.c - issues N one-byte zvm_pwrite traps to channel 1 (N read as
 * decimal from stdin): the trap round trip, measured by bench/trap.sh.
 */
#include "nexe.h"

int main(void)
{
	char buf[32];
	long long n, i;

	read_stdin(buf, sizeof buf);
	n = parse_num(buf);
	for (i = 0; i < n; i++)
		if (zvm_pwrite(1, "x", 1, 0) != 1)
			return 1;
	return 0;
}
