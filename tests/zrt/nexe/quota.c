/*
 * quota.c - the helper nexe of quota.t: transfers on channels whose
 * quotas run out, through ZRT's file descriptors.  Prints one line per
 * step, "what result errno", for the script to check.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static void report(const char *what, long r)
{
	printf("%s %ld %d\n", what, r, r < 0 ? errno : 0);
}

int main(void)
{
	char buf[16];
	int w = open("/dev/small-out", O_WRONLY);
	int r = open("/dev/small-in", O_RDONLY);

	report("write5", write(w, "12345", 5));
	report("write10", write(w, "abcdefghij", 10));
	report("write1", write(w, "z", 1));
	report("read4", read(r, buf, 4));
	report("read4again", read(r, buf, 4));
	report("read1", read(r, buf, 1));
	return 0;
}
