/*
 * pipe.h - pipes and FIFOs: a byte queue, in the shared region when there
 * is one (internal/shm.h), so that processes started by fork() share it.
 *
 * A process has one thread, so it can never wait for itself: a read of an
 * empty pipe whose only writers are the reader's own, or a write to a
 * full pipe whose only readers are the writer's own, would wait forever.
 * It fails instead: -EAGAIN with O_NONBLOCK, -EDEADLK without (see
 * doc/zrt.md).  When another process holds the other end, a blocking
 * call lets the other processes run (zvm_yield) until it can go on, or
 * fails the same way once none runs any more (__zrt_yield).
 * Only zrt/fs/pipe.c knows the layout.
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

/* Count an end of this process in (readable, writable) or out; the pipe
 * is freed when the last end of every process closes. */
void __zrt_pipe_open(struct __zrt_pipe *p, int readable, int writable);
void __zrt_pipe_close(struct __zrt_pipe *p, int readable, int writable);

/* fork() started child, which inherits an end of p: count it.  Called
 * once per open file description, in the parent. */
void __zrt_pipe_inherit(struct __zrt_pipe *p, pid_t child, int readable, int writable);

/* In a new child: the pipes outside the shared region are its own copies
 * now, with the ends its parent held. */
void __zrt_pipe_child(pid_t parent);

/* Process pid has ended (it is this one, exiting, or a child waited
 * for): its ends of the shared pipes close. */
void __zrt_pipe_purge(pid_t pid);

/* Whether the pipe has an end open for reading / writing, in any
 * process. */
int __zrt_pipe_readers(const struct __zrt_pipe *p);
int __zrt_pipe_writers(const struct __zrt_pipe *p);

/* Whether another process holds an end of it. */
int __zrt_pipe_others(struct __zrt_pipe *p);

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
