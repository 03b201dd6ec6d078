/*
 * echo.c - copies stdin to stdout in 64 KiB reads; exits with the number
 * of bytes copied modulo 256.  Used for FIFOs, /dev/null, determinism and
 * throughput.  Each read asks for the offset where the last one ended, as
 * a program that does not know its stdin's type must: a sequential
 * channel ignores the offset, a random-read one (zvsh's stdin from a
 * regular file) needs it.
 */
#include "nexe.h"

static char buf[1 << 16];

int main(void)
{
	long long total = 0;
	int r;

	while ((r = zvm_pread(0, buf, sizeof buf, total)) > 0) {
		if (zvm_pwrite(1, buf, r, 0) != r)
			return 255;
		total += r;
	}
	return (int)(total & 255);
}
