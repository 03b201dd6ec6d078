/*
 * nexe.c - the small library of vm-core's test nexes (see nexe.h).
 */
#include "nexe.h"

void zvm_test_exit(int code)
{
	zvm_exit(code);
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;

	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	while (n--)
		*p++ = *q++;
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

void out(const char *s)
{
	zvm_pwrite(1, s, (int32_t)strlen(s), 0);
}

void err(const char *s)
{
	zvm_pwrite(2, s, (int32_t)strlen(s), 0);
}

void out_num(long long v)
{
	char b[24];
	int i = sizeof b;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	do
		b[--i] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		b[--i] = '-';
	zvm_pwrite(1, b + i, (int32_t)(sizeof b - i), 0);
}

int read_stdin(char *buf, int n)
{
	int len = 0, r;

	while (len < n - 1 && (r = zvm_pread(0, buf + len, n - 1 - len, 0)) > 0)
		len += r;
	buf[len] = '\0';
	return len;
}

long long parse_num(const char *s)
{
	long long v = 0;
	int neg = 0, base = 10, d;

	if (*s == '-') {
		neg = 1;
		s++;
	}
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	for (;; s++) {
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else
			break;
		v = v * base + d;
	}
	return neg ? -v : v;
}

long raw_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;

	__asm__ volatile("syscall"
			 : "=a"(r)
			 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return r;
}
