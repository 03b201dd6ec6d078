/*
 * options.h - zvsh's command line.
 */
#ifndef ZVSH_OPTIONS_H
#define ZVSH_OPTIONS_H

#include "job.h"

/* Fill job from argv: zvsh's --zvm-* options, then PROG and its
 * arguments.  A bad command line is fatal (status 125); --zvm-help and
 * --zvm-version print and exit 0.  job->cwd must be set (or NULL when the
 * working directory is unknown, which makes relative paths an error). */
void options_parse(struct job *job, int argc, char **argv);

#endif
