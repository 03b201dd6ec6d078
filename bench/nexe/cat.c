/*
 * cat.c - copies stdin to stdout through a 1 MiB buffer: channel
 * throughput, measured by bench/throughput.sh.
 */
#include "nexe.h"

static char buf[1 << 20];

int main(void)
{
	int r, w, done;

	while ((r = zvm_pread(0, buf, sizeof buf, 0)) > 0)
		for (done = 0; done < r; done += w)
			if ((w = zvm_pwrite(1, buf + done, r - done, 0)) <= 0)
				return 1;
	return r < 0;
}
