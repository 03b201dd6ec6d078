/*
 * manifest.h - the manifest zvsh hands to zerovm.
 */
#ifndef ZVSH_MANIFEST_H
#define ZVSH_MANIFEST_H

#include "job.h"

/* Write job's manifest to path (mode 0600), naming nvram as the file
 * behind /dev/nvram.  Fatal on error. */
void manifest_write(const struct job *job, const char *path, const char *nvram);

#endif
