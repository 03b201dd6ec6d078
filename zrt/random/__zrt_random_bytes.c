/*
 * __zrt_random_bytes.c - the deterministic generator: SplitMix64.
 *
 * SplitMix64 (Steele, Lea and Flood, 2014) adds a fixed odd constant to
 * a 64-bit counter and scrambles the sum with two xor-shift-multiply
 * rounds.  It is not a cryptographic generator, and need not be: its
 * output is a function of the seed by design.  What it gives is a full
 * period of 2^64, good statistical quality and a few lines of code.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "internal/random.h"

static uint64_t state = ZRT_RANDOM_SEED;
static unsigned char spare[8]; /* the unread bytes of the last word */
static size_t nspare;

static uint64_t next(void)
{
	uint64_t z = (state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* A word as 8 bytes, least significant first, whatever the host. */
static void put_word(unsigned char *p, uint64_t w)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(w >> (8 * i));
}

void __zrt_random_seed(uint64_t seed)
{
	state = seed;
	nspare = 0;
}

void __zrt_random_bytes(void *buf, size_t n)
{
	unsigned char *p = buf;
	size_t k;

	/* Leftovers first, so that the stream does not depend on how it
	 * is cut into calls. */
	k = n < nspare ? n : nspare;
	memcpy(p, spare + (sizeof(spare) - nspare), k);
	nspare -= k;
	p += k;
	n -= k;
	for (; n >= 8; n -= 8, p += 8)
		put_word(p, next());
	if (n > 0) {
		put_word(spare, next());
		memcpy(p, spare, n);
		nspare = sizeof(spare) - n;
	}
}
