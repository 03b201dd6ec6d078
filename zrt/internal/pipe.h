/*
 * pipe.h - pipes and FIFOs: a byte queue inside the process.
 *
 * A nexe has one thread, so nothing can ever wait for the other end: a
 * read of an empty pipe that still has writers, or a write to a full
 * pipe that still has readers, would wait forever.  It fails instead:
 * -EAGAIN with O_NONBLOCK, -EDEADLK without (see doc/zrt.md).  Only
 * zrt/fs/pipe.c knows the layout.
 */
#ifndef ZRT_INTERNAL_PIPE_H
#define ZRT_INTERNAL_PIPE_H

#include <stddef.h>
#include <sys/types.h>

#include "internal/path.h"

/* Capacity of a pipe, Linux's default. */
#define ZRT_PIPE_SIZE 65536

struct __zrt_pipe;

/* A new, empty pipe without ends, or NULL. */
struct __zrt_pipe *__zrt_pipe_new(void);

/* The pipe of FIFO l, made on first open and shared by every open of it
 * until the last end closes.  NULL when out of memory. */
struct __zrt_pipe *__zrt_pipe_fifo(const struct __zrt_loc *l);

/* Count an end in (readable, writable) or out; the pipe is freed when
 * its last end closes. */
void __zrt_pipe_open(struct __zrt_pipe *p, int readable, int writable);
void __zrt_pipe_close(struct __zrt_pipe *p, int readable, int writable);

/* Whether the pipe has an end open for reading / writing. */
int __zrt_pipe_readers(const struct __zrt_pipe *p);
int __zrt_pipe_writers(const struct __zrt_pipe *p);

/* Bytes queued (FIONREAD, st_size). */
size_t __zrt_pipe_count(const struct __zrt_pipe *p);

/* Read and write with POSIX's rules: 0 at EOF (no writers); writes of
 * at most PIPE_BUF bytes are all or nothing; -EPIPE without readers
 * (after raising SIGPIPE). */
ssize_t __zrt_pipe_read(struct __zrt_pipe *p, void *buf, size_t size, int nonblock);
ssize_t __zrt_pipe_write(struct __zrt_pipe *p, const void *buf, size_t size, int nonblock);

/* A pipe's serial number, 1, 2, ... in creation order: its st_ino. */
unsigned long __zrt_pipe_ino(const struct __zrt_pipe *p);

#endif
