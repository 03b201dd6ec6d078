/*
 * random.c - randomness is a deterministic stream seeded by nvram's
 * [random] seed: getentropy() returns SplitMix64's outputs from the seed,
 * least significant byte first, whatever sizes the reads have; newlib's
 * arc4random() is seeded from it.
 *
 * nvram:
 *   [random]
 *   seed = 12345
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap/basic.h"

/* The reference generator, written out here independently of ZRT's. */
static uint64_t ref_state = 12345;

static uint64_t ref_next(void)
{
	uint64_t z = (ref_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void ref_bytes(unsigned char *p, size_t n)
{
	while (n > 0) {
		uint64_t w = ref_next();
		int i;

		for (i = 0; i < 8 && n > 0; i++, n--)
			*p++ = (unsigned char)(w >> (8 * i));
	}
}

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

int main(void)
{
	static const unsigned char first[8] = {0xa0, 0x11, 0xd1, 0xa9, 0x58, 0x82, 0x11, 0x22};
	unsigned char got[300], want[300];
	uint32_t a, b;
	int i, in_range = 1;

	plan(20);
	is_int(0, getentropy(got, 8), "getentropy(8)");
	is_blob(first, got, 8, "the first word for seed 12345 is 0x22118258a9d111a0");

	/* Reads cut at odd places still give one stream. */
	ref_bytes(want, 8 + 1 + 7 + 5 + 256 + 3);
	is_int(0, getentropy(got, 1), "getentropy(1)");
	is_int(0, getentropy(got + 1, 7), "getentropy(7)");
	is_int(0, getentropy(got + 8, 5), "getentropy(5)");
	is_int(0, getentropy(got + 13, 256), "getentropy(256), the most it gives");
	is_int(0, getentropy(got + 269, 3), "getentropy(3)");
	is_blob(want + 8, got, 1 + 7 + 5 + 256 + 3, "... the bytes continue the stream");
	is_int(0, getentropy(NULL, 0), "getentropy of 0 bytes");

	errno = 0;
	is_int(-1, getentropy(got, 257), "getentropy(257) fails");
	is_int(EINVAL, errno, "... with EINVAL (POSIX's GETENTROPY_MAX is 256)");
	ok(fails_with(getentropy(NULL, 4), EFAULT), "getentropy(NULL, 4): EFAULT");

	/* A failed call takes nothing from the stream. */
	is_int(0, getentropy(got, 8), "getentropy after the failures");
	ref_bytes(want, 8);
	is_blob(want, got, 8, "... continues where the stream was");

	a = arc4random();
	b = arc4random();
	ok(a != b, "arc4random gives different values (%08x, %08x)", (unsigned)a, (unsigned)b);
	for (i = 0; i < 1000; i++)
		if (arc4random_uniform(6) >= 6)
			in_range = 0;
	ok(in_range, "arc4random_uniform(6) stays below 6");
	memset(got, 0, 32);
	arc4random_buf(got, 32);
	memset(want, 0, 32);
	ok(memcmp(got, want, 32) != 0, "arc4random_buf fills the buffer");

	/* rand() is the C library's own sequence: seeded 1 unless srand. */
	srand(1);
	a = (uint32_t)rand();
	srand(1);
	b = (uint32_t)rand();
	is_int(a, b, "rand() repeats after srand(1)");
	ok(RAND_MAX > 0, "RAND_MAX is positive");
	ok(a <= (uint32_t)RAND_MAX, "rand() <= RAND_MAX");
	return 0;
}
