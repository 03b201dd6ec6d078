/*
 * defaults.c - a program run without nvram: argv is {"program", NULL}, the
 * environment is empty, the clock starts at the documented epoch
 * (2013-06-11T00:00:00Z) and the random stream is SplitMix64 from seed 0,
 * whose first outputs are the published reference values.
 */
#include <stdint.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "tap/basic.h"

extern char **environ;

int main(int argc, char **argv, char **envp)
{
	/* SplitMix64, seed 0: 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4,
	 * least significant byte first. */
	static const unsigned char want[16] = {
	    0xaf, 0xcd, 0x1d, 0x7b, 0x39, 0xa8, 0x20, 0xe2,
	    0xf4, 0x65, 0xb9, 0xa1, 0x6a, 0x9e, 0x78, 0x6e,
	};
	unsigned char got[16];
	struct timeval tv;
	struct tm tm;
	char when[64];

	plan(13);
	is_int(1, argc, "argc is 1");
	is_string("program", argv[0], "argv[0] is \"program\"");
	ok(argv[1] == NULL, "argv[1] is NULL");
	ok(environ != NULL && environ[0] == NULL, "the environment is empty");
	ok(envp == environ, "main's envp is environ");

	/* The first clock read of the run. */
	is_int(0, gettimeofday(&tv, NULL), "gettimeofday");
	is_int(1370908800, tv.tv_sec, "the clock starts at 1370908800");
	is_int(0, tv.tv_usec, "... at microsecond 0 on the first read");
	gmtime_r(&tv.tv_sec, &tm);
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	is_string("2013-06-11 00:00:00", when, "... which is 2013-06-11, UTC");
	is_int(1370908800, time(NULL), "time() agrees");

	is_int(0, getentropy(got, 3), "getentropy(3 bytes)");
	is_int(0, getentropy(got + 3, 13), "getentropy(13 more)");
	is_blob(want, got, sizeof(want), "the stream is SplitMix64 from seed 0");
	return 0;
}
