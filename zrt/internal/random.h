/*
 * random.h - ZRT's one source of randomness: a deterministic generator
 * seeded from nvram's [random] seed=, so that every run with the same
 * inputs sees the same "random" bytes.  getentropy() (and through it
 * newlib's arc4random()) and the random devices read it.
 *
 * The output is a byte stream: how it is cut into calls does not change
 * the bytes (two reads of 4 give what one read of 8 gives).
 */
#ifndef ZRT_INTERNAL_RANDOM_H
#define ZRT_INTERNAL_RANDOM_H

#include <stddef.h>
#include <stdint.h>

/* The seed without [random] in the nvram. */
#define ZRT_RANDOM_SEED 0

/* Restart the stream from seed; called once, before the program runs. */
void __zrt_random_seed(uint64_t seed);

/* The next n bytes of the stream.  Never fails. */
void __zrt_random_bytes(void *buf, size_t n);

#endif
