/*
 * report.h - ZeroVM's six-line report.
 */
#ifndef ZVM_REPORT_H
#define ZVM_REPORT_H

#include <stdio.h>

#include "session.h"

/* Write the report of a finished session to out:
 *   1 validator state (2: not validated)
 *   2 daemon (0)
 *   3 user return code
 *   4 etags: "ALIAS DIGEST" pairs for channels with etag = 1, then
 *     "/dev/memory DIGEST" when Memory's etag flag is 1; "disabled" if none
 *   5 accounting: system and user CPU seconds of the child; local reads,
 *     bytes read, writes, bytes written; four network counters (0)
 *   6 exit state
 * Returns 0, or -1 when the report could not be written. */
int report_write(struct session *s, FILE *out);

#endif
