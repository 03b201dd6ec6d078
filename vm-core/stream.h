/*
 * stream.h - the host paths zerovm takes as its own standard streams.
 *
 * Shared by zerovm, which opens such a channel by duplicating its own
 * descriptor, and zvsh, which must predict what zerovm will do with it.
 */
#ifndef ZVM_STREAM_H
#define ZVM_STREAM_H

/* The descriptor a channel path names when it is one of zerovm's own
 * streams: 0, 1, 2 for /dev/stdin, /dev/stdout, /dev/stderr, N for
 * /dev/fd/N; -1 for any other path. */
int stream_own(const char *path);

#endif
