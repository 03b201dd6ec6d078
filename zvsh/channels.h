/*
 * channels.h - from host files to manifest channels.
 */
#ifndef ZVSH_CHANNELS_H
#define ZVSH_CHANNELS_H

#include "job.h"

/* Check that PROG can be opened (status 127 when it does not exist, 126
 * when it cannot be read) and name it for the manifest. */
void channels_program(struct job *job);

/* Look at zvsh's own stdin, stdout and stderr once (job->stdst) and
 * give them their [mapping] modes. */
void channels_std(struct job *job);

/* Give every channel its type, its [mapping] mode and the URI the
 * manifest names.  Needs job->workdir: a host path that a manifest
 * cannot express is reached through a symbolic link made there. */
void channels_resolve(struct job *job);

/* Whether a manifest can name path as it is: absolute, at most 4096
 * bytes, no ',' ';' '=' or line break, no white space at either end. */
int channels_expressible(const char *path);

#endif
