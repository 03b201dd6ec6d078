/*
 * start.h - how a nexe starts: crt0's _start calls __zrt_start(), which
 * sets up ZRT and the C library, runs constructors and main, and exits.
 */
#ifndef ZRT_INTERNAL_START_H
#define ZRT_INTERNAL_START_H

#include <stdint.h>

/* The program's arguments, as main() receives them. */
extern int __zrt_argc;
extern char **__zrt_argv;

/* Set up ZRT before any other code of the program runs: arguments and
 * environment.  Constructors may already use stdio and malloc after it. */
void __zrt_init(const void *block, uint64_t size);

/* Called by _start with %rsp 16-byte aligned; never returns. */
void __zrt_start(const void *block, uint64_t size) __attribute__((noreturn));

/* newlib's misc/init.c and misc/fini.c: run .preinit_array + .init_array,
 * and .fini_array in reverse, between the bounds the linker script sets. */
void __libc_init_array(void);
void __libc_fini_array(void);

int main(int argc, char **argv, char **envp);

#endif
