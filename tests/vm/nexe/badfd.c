/*
 * badfd.c - tries the descriptors that name no channel when the manifest
 * has only the three standard ones: -1, 3 (one past the last), 1000000
 * and the largest int.  Prints "read D = R write D = W" per line on
 * stdout, so a test can check that each is refused with -EINVAL.
 */
#include "nexe.h"

static const int descs[] = {-1, 3, 1000000, 2147483647};

int main(void)
{
	char buf[4] = "abc";
	unsigned i;

	for (i = 0; i < sizeof descs / sizeof descs[0]; i++) {
		int r = zvm_pread(descs[i], buf, 1, 0);
		int w = zvm_pwrite(descs[i], buf, 1, 0);

		out("read ");
		out_num(descs[i]);
		out(" = ");
		out_num(r);
		out(" write ");
		out_num(descs[i]);
		out(" = ");
		out_num(w);
		out("\n");
	}
	return MANIFEST->channels_count;
}
