/*
 * stdin.h - standard input from a regular file: read by the program at
 * offsets, from where the shell left it, and left where the program left
 * it.
 */
#ifndef ZVSH_STDIN_H
#define ZVSH_STDIN_H

#include "job.h"

/* Look at zvsh's own standard input (job->stdst[0], after
 * channels_std()): a regular file with bytes in it becomes a channel
 * read at offsets (job->stdin_file), starting at the descriptor's current
 * offset (job->stdin_start).  Anything else stays a sequential channel,
 * and a regular file there is shown as a pipe. */
void stdin_look(struct job *job);

/* Name the file in the work directory that the program's final offset
 * comes back through (job->stdin_report), removing what an earlier kept
 * run left there. */
void stdin_prepare(struct job *job);

/* After a session that ended ok: read the offset back, check it and move
 * zvsh's standard input there.  An offset that is missing (the program
 * did not report one), malformed or refused by lseek leaves standard
 * input where it started, with a message for the last two. */
void stdin_settle(const struct job *job);

#endif
