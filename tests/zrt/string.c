/*
 * string.c - memcmp, memmove, memcpy and memset against byte-at-a-time
 * references, at every alignment of both pointers, every length up to 80
 * and every overlap of a moved range, and around the sizes where newlib's
 * routines change strategy (16, 256 bytes).
 */
#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"

#define SPAN 600

static unsigned char a[SPAN], b[SPAN], ref[SPAN];

static void fill(unsigned char *p, unsigned seed)
{
	size_t i;

	for (i = 0; i < SPAN; i++)
		p[i] = (unsigned char)((i * 131u + seed * 7u) >> 3);
}

/* The references, byte by byte: volatile, so that the compiler cannot
 * turn them into calls of the functions under test. */
static void bytecopy(unsigned char *d, const unsigned char *s, size_t n)
{
	volatile unsigned char *vd = d;

	while (n-- > 0)
		*vd++ = *s++;
}

static void byteset(unsigned char *d, unsigned char c, size_t n)
{
	volatile unsigned char *vd = d;

	while (n-- > 0)
		*vd++ = c;
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static int ref_cmp(const unsigned char *p, const unsigned char *q, size_t n)
{
	for (; n > 0; n--, p++, q++)
		if (*p != *q)
			return *p < *q ? -1 : 1;
	return 0;
}

int main(void)
{
	static const size_t big[] = {15, 16, 17, 255, 256, 257, 300, 511, 512};
	size_t x, y, n, k;
	int bad;

	plan(5);

	/* memcmp: equal ranges, and a difference at each position. */
	bad = 0;
	fill(a, 1);
	for (x = 0; x < 8; x++)
		for (y = 0; y < 8; y++)
			for (n = 0; n <= 80; n++) {
				bytecopy(b + y, a + x, n);
				if (memcmp(a + x, b + y, n) != 0)
					bad++;
				for (k = 0; k < n; k++) {
					unsigned char keep = b[y + k];

					b[y + k] = (unsigned char)(keep ^ (1u << (k % 8)));
					if (sign(memcmp(a + x, b + y, n)) !=
					    ref_cmp(a + x, b + y, n))
						bad++;
					b[y + k] = keep;
				}
			}
	is_int(0, bad, "memcmp orders like a byte-by-byte compare at every alignment");

	/* memmove between distinct ranges. */
	bad = 0;
	for (x = 0; x < 8; x++)
		for (y = 0; y < 8; y++)
			for (n = 0; n <= 80; n++) {
				fill(a, 2);
				fill(b, 3);
				bytecopy(ref, b, SPAN);
				bytecopy(ref + y, a + x, n);
				memmove(b + y, a + x, n);
				if (memcmp(b, ref, SPAN) != 0)
					bad++;
			}
	is_int(0, bad, "memmove copies distinct ranges at every alignment, and nothing else");

	/* memmove within one buffer: every overlap in both directions. */
	bad = 0;
	for (n = 0; n <= 80; n++)
		for (x = 0; x < 40; x++)
			for (y = 0; y < 40; y++) {
				fill(a, 4);
				bytecopy(ref, a, SPAN);
				bytecopy(ref + y, a + x, n);
				memmove(a + y, a + x, n);
				if (memcmp(a, ref, SPAN) != 0)
					bad++;
			}
	is_int(0, bad, "memmove of overlapping ranges, either direction, moves every byte once");

	/* memcpy and memset around their strategy changes, at odd offsets,
	 * touching nothing outside the range. */
	bad = 0;
	for (k = 0; k < sizeof(big) / sizeof(big[0]); k++)
		for (x = 0; x < 8; x++) {
			n = big[k];
			fill(a, 5);
			fill(b, 6);
			bytecopy(ref, b, SPAN);
			bytecopy(ref + 3 + x, a + x, n);
			memcpy(b + 3 + x, a + x, n);
			if (memcmp(b, ref, SPAN) != 0)
				bad++;
			byteset(ref + x + 1, 0xa5, n);
			memset(b + x + 1, 0xa5, n);
			if (memcmp(b, ref, SPAN) != 0)
				bad++;
		}
	is_int(0, bad, "memcpy and memset of 15 to 512 bytes change exactly their range");

	/* A large overlapping move, as in a page shuffle. */
	fill(a, 7);
	bytecopy(ref, a, SPAN);
	memmove(a + 1, a, SPAN - 1);
	ok(memcmp(a + 1, ref, SPAN - 1) == 0 && a[0] == ref[0],
	   "memmove of 599 bytes one byte up");
	return 0;
}
