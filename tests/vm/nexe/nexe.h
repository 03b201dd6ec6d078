/*
 * nexe.h - helpers for vm-core's test nexes, which have no C library:
 * a few string functions and output on the standard channels.
 */
#ifndef ZVM_TEST_NEXE_H
#define ZVM_TEST_NEXE_H

#include <stddef.h>
#include <stdint.h>
#include <zvm.h>

void zvm_test_exit(int code) __attribute__((noreturn));

/* The compiler may emit calls to these for struct copies and loops. */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

/* Write a string to stdout / stderr. */
void out(const char *s);
void err(const char *s);

/* Write a decimal number (and nothing else) to stdout. */
void out_num(long long v);

/* Read the whole of channel 0 (up to n - 1 bytes) into buf, NUL-terminated.
 * Returns the length. */
int read_stdin(char *buf, int n);

/* Parse a decimal or 0x number; stops at the first non-digit. */
long long parse_num(const char *s);

/* A raw system call, which the sandbox must refuse. */
long raw_syscall6(long n, long a, long b, long c, long d, long e, long f);

#endif
