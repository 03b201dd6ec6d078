/*
 * block.c - says "ready" on stdout, then reads stdin to its end: while the
 * script attacks of tests/security/ feed it a FIFO and write nothing, the
 * sandboxed child sits in a trap with everything in place, ready to be
 * inspected from outside.  Exits with the number of bytes read mod 256.
 */
#include "nexe.h"

static char buf[4096];

int main(void)
{
	long long total = 0;
	int r;

	out("ready\n");
	while ((r = zvm_pread(0, buf, sizeof buf, 0)) > 0)
		total += r;
	return (int)(total & 255);
}
