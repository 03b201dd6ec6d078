/*
 * string-scan.c - strlen, strchr, strcspn, strspn and strpbrk against
 * byte-at-a-time references: every start alignment in a 32-byte span,
 * every length up to 300, what they look for at varying places (or
 * nowhere), NULs and wanted bytes just before the string (which the
 * 16-byte block scanners load but must ignore), bytes above 0x7f, and
 * strings that end on the last byte of the heap, where the memory map
 * (zvm.h) leaves the next page unmapped: reading past it would fault.
 */
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <zvm.h>

#include "tap/basic.h"

#define SPAN 512
#define LEAD 64

static char buf[SPAN];

/* The references: volatile reads, so that the compiler cannot turn them
 * into calls of the functions under test. */
static size_t ref_len(const char *s)
{
	const volatile char *p = s;
	size_t n = 0;

	while (p[n] != 0)
		n++;
	return n;
}

static int in_set(char c, const char *set)
{
	const volatile char *p = set;

	for (; *p != 0; p++)
		if (*p == c)
			return 1;
	return 0;
}

static char *ref_chr(const char *s, int c)
{
	const volatile char *p = s;

	for (;; p++) {
		if (*p == (char)c)
			return (char *)(uintptr_t)p;
		if (*p == 0)
			return NULL;
	}
}

static size_t ref_cspn(const char *s, const char *set)
{
	size_t n = 0;

	while (s[n] != 0 && !in_set(s[n], set))
		n++;
	return n;
}

static size_t ref_spn(const char *s, const char *set)
{
	size_t n = 0;

	while (s[n] != 0 && in_set(s[n], set))
		n++;
	return n;
}

/* The sets: empty, one byte, two (SQLite's LIKE), a high byte, three
 * and more (Lua's format flags), and every letter. */
static const char *const sets[] = {
	"", "a", "A", "\xe9", "aA", "a\xe9", "\xe9\x80", "abc", "-+ #0",
	"\x80\x81\x82\xfe\xff", "abcdefghijklmnopqrstuvwxyz",
};
#define NSETS (sizeof(sets) / sizeof(sets[0]))

/* The bytes searched for by strchr: NUL, set members, absent ones, and
 * values outside char's range that convert to them. */
static const int chars[] = {0, 'a', 'A', 0xe9, -23, 0x1e9, 'z', 0x80, '!', 0x100};
#define NCHARS (sizeof(chars) / sizeof(chars[0]))

/* Every function on S against its reference; counts the mismatches. */
static int check(const char *s)
{
	size_t k, n;
	int bad = 0;

	bad += strlen(s) != ref_len(s);
	for (k = 0; k < NCHARS; k++)
		bad += strchr(s, chars[k]) != ref_chr(s, chars[k]);
	for (k = 0; k < NSETS; k++) {
		n = ref_cspn(s, sets[k]);
		bad += strcspn(s, sets[k]) != n;
		bad += strpbrk(s, sets[k]) != (s[n] != 0 ? s + n : NULL);
		bad += strspn(s, sets[k]) != ref_spn(s, sets[k]);
	}
	return bad;
}

/* A string of LEN bytes at P: lower-case letters with a few other bytes
 * (upper case, high bytes, flags), and a mark byte at position AT when
 * AT < LEN. */
static void make(char *p, size_t len, size_t at, char mark)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned v = (unsigned)(i * 7 + len) % 29;

		p[i] = v < 26 ? (char)('b' + v % 25) : v == 26 ? 'B' : v == 27 ? '\xc3' : '#';
	}
	if (at < len)
		p[at] = mark;
	p[len] = 0;
}

int main(void)
{
	static const char marks[] = {'a', 'A', '\xe9', '\x80', '+', 'z'};
	size_t off, len, i;
	char *heap_end, *brk, *s;
	int bad;

	plan(3);

	/* In the middle of memory: the bytes before the string hold NULs
	 * and every byte the sets and strchr look for. */
	bad = 0;
	for (off = 0; off < 32; off++)
		for (len = 0; len <= 300; len++) {
			for (i = 0; i < LEAD + off; i++)
				buf[i] = (i & 1) != 0 ? 0 : marks[i / 2 % sizeof(marks)];
			s = buf + LEAD + off;
			make(s, len, SPAN, 0);
			bad += check(s);
			make(s, len, (len * 5 + off) % (len + 1), marks[(len + off) % sizeof(marks)]);
			bad += check(s);
			make(s, len, len - 1 - off % (len + 1), marks[off % sizeof(marks)]);
			bad += check(s);
		}
	is_int(0, bad, "every start alignment and length to 300, found or not");

	/* The heap's last bytes: move the break to the end of the heap, so
	 * that they are this program's, and end strings on its last byte. */
	heap_end = (char *)MANIFEST->heap_ptr + MANIFEST->heap_size;
	brk = sbrk(0);
	ok(brk != (char *)-1 && (uintptr_t)heap_end % 4096 == 0 &&
		   sbrk(heap_end - brk) == brk,
	   "the break moves to the heap's end, a page boundary");
	bad = 0;
	for (len = 0; len <= 300; len++) {
		s = heap_end - 1 - len;
		make(s, len, SPAN, 0);
		bad += check(s);
		make(s, len, len - 1, 'a');
		bad += check(s);
		/* Every byte in the set: strspn reaches the NUL. */
		memset(s, 'q', len);
		bad += strspn(s, "q") != len;
		bad += strspn(s, "abcdefghijklmnopqrstuvwxyz") != len;
	}
	is_int(0, bad, "strings that end on the heap's last byte");
	return 0;
}
