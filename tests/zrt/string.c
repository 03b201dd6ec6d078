/*
 * string.c - memcmp, memmove, memcpy and memset against byte-at-a-time
 * references, at every alignment of both pointers, every length up to 80
 * (memcpy and memset: 300) and every overlap of a moved range, and around
 * the sizes where the routines change strategy (8, 16, 32, 64, 128 and
 * 2048 bytes; memmove's downward loop past 128).
 */
#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"

#define SPAN 600
#define BIG 9000

static unsigned char a[SPAN], b[SPAN], ref[SPAN];
static unsigned char bigsrc[BIG], bigdst[BIG], bigref[BIG];

static void fill_n(unsigned char *p, size_t n, unsigned seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)((i * 131u + seed * 7u) >> 3);
}

static void fill(unsigned char *p, unsigned seed)
{
	fill_n(p, SPAN, seed);
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
	static const size_t longer[] = {127, 128, 129, 130, 143, 144, 145, 200, 255, 256, 257, 300};
	static const size_t huge[] = {2047, 2048, 2049, 2111, 3000, 4096, 4103, 8000};
	static const size_t offs[] = {0, 1, 7, 8, 9, 15, 16, 31};
	size_t x, y, n, k, j;
	int bad;

	plan(10);

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

	/* memcpy at every length to 300 and every alignment of both
	 * pointers (16 each); only the range changes.  a and b are kept
	 * equal to ref between the cases, a window at a time. */
	bad = 0;
	fill(a, 8);
	fill(b, 9);
	bytecopy(ref, b, SPAN);
	for (n = 0; n <= 300; n++)
		for (x = 0; x < 16; x++)
			for (y = 0; y < 16; y++) {
				bytecopy(ref + 16 + y, a + x, n);
				if (memcpy(b + 16 + y, a + x, n) != b + 16 + y)
					bad++;
				if (memcmp(b, ref, 16 + y + n + 16) != 0)
					bad++;
				fill(ref, 9);
				bytecopy(b, ref, 16 + y + n + 16);
			}
	is_int(0, bad, "memcpy of 0 to 300 bytes at every alignment changes exactly its range");

	/* memset likewise, with values whose bytes all differ from the
	 * surroundings, and an int argument wider than a byte. */
	bad = 0;
	fill(b, 10);
	bytecopy(ref, b, SPAN);
	for (n = 0; n <= 300; n++)
		for (y = 0; y < 16; y++) {
			int c = (int)(0x300 | ((n * 7 + y) & 0xff));

			byteset(ref + 16 + y, (unsigned char)c, n);
			if (memset(b + 16 + y, c, n) != b + 16 + y)
				bad++;
			if (memcmp(b, ref, 16 + y + n + 16) != 0)
				bad++;
			fill(ref, 10);
			bytecopy(b, ref, 16 + y + n + 16);
		}
	is_int(0, bad, "memset of 0 to 300 bytes at every alignment changes exactly its range");

	/* memmove past 128 bytes, where it goes downwards itself when the
	 * destination is inside the source: every overlap up to 39. */
	bad = 0;
	for (k = 0; k < sizeof(longer) / sizeof(longer[0]); k++)
		for (x = 0; x < 40; x++)
			for (y = 0; y < 40; y++) {
				n = longer[k];
				fill(a, 11);
				bytecopy(ref, a, SPAN);
				bytecopy(ref + y, a + x, n);
				if (memmove(a + y, a + x, n) != a + y)
					bad++;
				if (memcmp(a, ref, SPAN) != 0)
					bad++;
			}
	is_int(0, bad, "memmove of 127 to 300 overlapping bytes, either direction");

	/* Past 2 KiB (`rep` strategies): copies, fills and overlapping moves
	 * both ways, at a few alignments and distances. */
	bad = 0;
	for (k = 0; k < sizeof(huge) / sizeof(huge[0]); k++)
		for (j = 0; j < sizeof(offs) / sizeof(offs[0]); j++) {
			size_t o = offs[j], d;

			n = huge[k];
			fill_n(bigsrc, BIG, 12);
			fill_n(bigdst, BIG, 13);
			bytecopy(bigref, bigdst, BIG);
			bytecopy(bigref + 40 + o, bigsrc + (o * 5) % 16, n);
			memcpy(bigdst + 40 + o, bigsrc + (o * 5) % 16, n);
			if (memcmp(bigdst, bigref, BIG) != 0)
				bad++;
			byteset(bigref + o + 1, 0x5a, n);
			memset(bigdst + o + 1, 0x5a, n);
			if (memcmp(bigdst, bigref, BIG) != 0)
				bad++;
			for (d = 0; d < 2; d++) {
				size_t from = 300, to = d ? 300 + o * 9 + 1 : 300 - o * 9 - 1;

				fill_n(bigdst, BIG, 14);
				bytecopy(bigsrc, bigdst + from, n);
				bytecopy(bigref, bigdst, BIG);
				bytecopy(bigref + to, bigsrc, n);
				memmove(bigdst + to, bigdst + from, n);
				if (memcmp(bigdst, bigref, BIG) != 0)
					bad++;
			}
		}
	is_int(0, bad, "memcpy, memset and overlapping memmove of 2047 to 8000 bytes");

	/* A large overlapping move, as in a page shuffle. */
	fill(a, 7);
	bytecopy(ref, a, SPAN);
	memmove(a + 1, a, SPAN - 1);
	ok(memcmp(a + 1, ref, SPAN - 1) == 0 && a[0] == ref[0],
	   "memmove of 599 bytes one byte up");
	fill(a, 15);
	bytecopy(ref, a, SPAN);
	memmove(a, a + 1, SPAN - 1);
	ok(memcmp(a, ref + 1, SPAN - 1) == 0 && a[SPAN - 1] == ref[SPAN - 1],
	   "memmove of 599 bytes one byte down");
	return 0;
}
