/*
 * channel.h - opening, using and closing the manifest's channels.
 */
#ifndef ZVM_CHANNEL_H
#define ZVM_CHANNEL_H

#include <stdint.h>

#include "session.h"

/* Open every channel of s->m into s->ch, in descriptor order.  Dies with
 * ZVM_EXIT_CHANNEL and a FILE:LINE message on the first failure, after
 * removing any file it created.  With check_only, checks what can be
 * checked without creating or truncating anything. */
void channel_open_all(struct session *s, int check_only);

/* Read up to len bytes from channel c into buf (at offset for random
 * reads).  Returns bytes read, 0 at end, or -errno; charges the quota and
 * the etag.  buf is supervisor memory already checked by the caller. */
int64_t channel_read(struct channel *c, void *buf, int64_t len, int64_t offset);

/* Write len bytes to channel c (at offset for random writes).  Returns
 * bytes written or -errno. */
int64_t channel_write(struct channel *c, const void *buf, int64_t len, int64_t offset);

/* Close every channel.  When ok, write-only files are renamed into place;
 * otherwise they are removed and the previous files stay as they were.
 * Returns 0, or -1 after printing why an output could not be saved. */
int channel_close_all(struct session *s, int ok);

/* Remove temporary output files (for exits on error paths). */
void channel_abandon(struct session *s);

#endif
