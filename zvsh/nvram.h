/*
 * nvram.h - the nvram file: what ZRT, inside the sandbox, reads from the
 * channel /dev/nvram to build the program's argv, environment, mounts,
 * standard stream modes and clock.
 */
#ifndef ZVSH_NVRAM_H
#define ZVSH_NVRAM_H

#include <stddef.h>

#include "job.h"

/* Append s to buf (of *len bytes used, cap bytes in all) escaped for an
 * nvram value: every byte outside printable ASCII, the space, and
 * " # , = \ become \xHH; an empty s becomes "".  Returns -1 (buf
 * unchanged past *len) when it does not fit. */
int nvram_escape(char *buf, size_t *len, size_t cap, const char *s);

/* Write the nvram for job to path (created, mode 0600).  Fatal on error,
 * or when it would break the format's bounds (ZVSH_MAX_NVRAM bytes,
 * ZVSH_MAX_NVRAM_RECORDS records a section). */
void nvram_write(const struct job *job, const char *path);

#endif
