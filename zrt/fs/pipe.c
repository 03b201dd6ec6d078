/*
 * pipe.c - pipes and FIFOs: a ring buffer and counts of open ends.
 *
 * The buffer is allocated on the first write, so an unused pipe costs a
 * few bytes.  FIFOs (mkfifo) share one pipe among every open of the same
 * node until the last end closes, found through a short list.
 *
 * With a shared region (internal/shm.h) a pipe() and its buffer live
 * there, so that the processes fork() starts share it; its open ends are
 * counted per process, which tells a reader of an empty pipe whether a
 * writer might come (another process holds a write end: let it run) or
 * never will (only the reader itself: EDEADLK, as without processes).  A
 * FIFO stays in the process's own memory, as its node does: the file
 * system is each process's own copy.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <zvm.h>

#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/shm.h"

/* The ends one process holds: open file descriptions, not descriptors. */
struct ends {
	pid_t pid; /* 0: a free slot */
	int readers, writers;
};

struct __zrt_pipe {
	unsigned char *buf; /* ZRT_PIPE_SIZE bytes once written to */
	size_t head, len;   /* ring: len bytes from head */
	/* At most ZVM_MAX_PROCESSES exist at once, and the ends of one that
	 * has ended go when it is waited for (__zrt_pipe_purge). */
	struct ends ends[ZVM_MAX_PROCESSES];
	int shared; /* in the shared region */
	unsigned long ino;
	struct __zrt_loc fifo;    /* the FIFO node, held; mnt NULL for pipe() */
	struct __zrt_pipe *next;  /* the region's list, or this process's */
};

static unsigned long serial;
static struct __zrt_pipe *private_pipes;

static struct __zrt_pipe *new_pipe(int shared)
{
	struct __zrt_shm *h = shared ? __zrt_shm() : NULL;
	struct __zrt_pipe *p = NULL;

	if (h != NULL)
		p = __zrt_shm_alloc(sizeof(*p));
	if (p != NULL) {
		p->shared = 1;
		p->next = h->pipes;
		h->pipes = p;
	} else {
		/* Without a region, or with a full one, the pipe works
		 * within this process as it always has. */
		p = calloc(1, sizeof(*p));
		if (p == NULL)
			return NULL;
		p->next = private_pipes;
		private_pipes = p;
	}
	/* One numbering for the session, in creation order. */
	h = __zrt_shm();
	p->ino = h != NULL ? ++h->pipe_serial : ++serial;
	return p;
}

struct __zrt_pipe *__zrt_pipe_new(void)
{
	return new_pipe(1);
}

struct __zrt_pipe *__zrt_pipe_fifo(const struct __zrt_loc *l)
{
	struct __zrt_pipe *p;

	for (p = private_pipes; p != NULL; p = p->next)
		if (p->fifo.mnt == l->mnt && p->fifo.node == l->node && l->mnt != NULL)
			return p;
	p = new_pipe(0);
	if (p == NULL)
		return NULL;
	p->fifo = *l;
	__zrt_loc_hold(l);
	return p;
}

/* The slot of pid, made if asked for, or NULL. */
static struct ends *ends_of(struct __zrt_pipe *p, pid_t pid, int make)
{
	struct ends *free_slot = NULL;
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++) {
		if (p->ends[i].pid == pid)
			return &p->ends[i];
		if (p->ends[i].pid == 0 && free_slot == NULL)
			free_slot = &p->ends[i];
	}
	if (make && free_slot != NULL)
		free_slot->pid = pid;
	return make ? free_slot : NULL;
}

static int total(const struct __zrt_pipe *p, int writers)
{
	int i, n = 0;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		if (p->ends[i].pid != 0)
			n += writers ? p->ends[i].writers : p->ends[i].readers;
	return n;
}

/* Ends of this kind that other processes hold. */
static int others(struct __zrt_pipe *p, int writers)
{
	const struct ends *e = ends_of(p, __zrt_self, 0);
	int mine = e == NULL ? 0 : writers ? e->writers : e->readers;

	return total(p, writers) - mine;
}

static void unlink_pipe(struct __zrt_pipe *p)
{
	struct __zrt_shm *h = p->shared ? __zrt_shm() : NULL;
	struct __zrt_pipe **pp = h != NULL ? &h->pipes : &private_pipes;

	for (; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == p) {
			*pp = p->next;
			return;
		}
	}
}

/* Free p if no process holds an end of it any more. */
static void maybe_free(struct __zrt_pipe *p)
{
	if (total(p, 0) > 0 || total(p, 1) > 0)
		return;
	/* Last end: the data goes, as it does for a FIFO on Linux. */
	unlink_pipe(p);
	if (p->shared) {
		__zrt_shm_free(p->buf);
		__zrt_shm_free(p);
		return;
	}
	if (p->fifo.mnt != NULL)
		__zrt_loc_release(&p->fifo);
	free(p->buf);
	free(p);
}

static void count(struct __zrt_pipe *p, pid_t pid, int readable, int writable, int by)
{
	struct ends *e = ends_of(p, pid, by > 0);

	if (e == NULL)
		return;
	e->readers += (readable != 0) * by;
	e->writers += (writable != 0) * by;
	if (e->readers <= 0 && e->writers <= 0)
		e->pid = 0;
}

void __zrt_pipe_open(struct __zrt_pipe *p, int readable, int writable)
{
	count(p, __zrt_self, readable, writable, 1);
}

void __zrt_pipe_close(struct __zrt_pipe *p, int readable, int writable)
{
	count(p, __zrt_self, readable, writable, -1);
	maybe_free(p);
}

void __zrt_pipe_inherit(struct __zrt_pipe *p, pid_t child, int readable, int writable)
{
	/* A private pipe becomes the child's own copy (__zrt_pipe_child). */
	if (p->shared)
		count(p, child, readable, writable, 1);
}

void __zrt_pipe_child(pid_t parent)
{
	struct __zrt_pipe *p;
	struct ends *e;

	/* The private pipes are copies now, with the ends the parent held,
	 * which are this process's own descriptions. */
	for (p = private_pipes; p != NULL; p = p->next)
		if ((e = ends_of(p, parent, 0)) != NULL)
			e->pid = __zrt_self;
}

void __zrt_pipe_purge(pid_t pid)
{
	struct __zrt_shm *h = __zrt_shm();
	struct __zrt_pipe *p, *next;
	struct ends *e;

	if (h == NULL)
		return;
	for (p = h->pipes; p != NULL; p = next) {
		next = p->next;
		if ((e = ends_of(p, pid, 0)) != NULL) {
			e->pid = 0;
			e->readers = 0;
			e->writers = 0;
			maybe_free(p);
		}
	}
}

int __zrt_pipe_readers(const struct __zrt_pipe *p)
{
	return total(p, 0) > 0;
}

int __zrt_pipe_writers(const struct __zrt_pipe *p)
{
	return total(p, 1) > 0;
}

int __zrt_pipe_others(struct __zrt_pipe *p)
{
	return others(p, 0) > 0 || others(p, 1) > 0;
}

size_t __zrt_pipe_count(const struct __zrt_pipe *p)
{
	return p->len;
}

unsigned long __zrt_pipe_ino(const struct __zrt_pipe *p)
{
	return p->ino;
}

ssize_t __zrt_pipe_read(struct __zrt_pipe *p, void *buf, size_t size, int nonblock)
{
	unsigned char *out = buf;
	size_t done = 0;

	if (size == 0)
		return 0;
	while (p->len == 0) {
		if (total(p, 1) == 0)
			return 0; /* end of file */
		if (nonblock)
			return -EAGAIN;
		/* Only this process could write, and it is here reading. */
		if (others(p, 1) == 0)
			return -EDEADLK;
		/* Or the writers are waiting for their children, and only
		 * this one runs: no one would ever write either. */
		if (!__zrt_yield() && p->len == 0 && others(p, 1) > 0)
			return -EDEADLK;
	}
	while (done < size && p->len > 0) {
		size_t piece = ZRT_PIPE_SIZE - p->head;

		if (piece > p->len)
			piece = p->len;
		if (piece > size - done)
			piece = size - done;
		memcpy(out + done, p->buf + p->head, piece);
		p->head = (p->head + piece) % ZRT_PIPE_SIZE;
		p->len -= piece;
		done += piece;
	}
	if (p->len == 0)
		p->head = 0;
	return (ssize_t)done;
}

/* Whether a write of size bytes, done of them written, should wait for a
 * reader in another process to make room. */
static int wait_for_room(struct __zrt_pipe *p, size_t size, size_t done, int nonblock)
{
	return !nonblock && done < size && others(p, 0) > 0;
}

ssize_t __zrt_pipe_write(struct __zrt_pipe *p, const void *buf, size_t size, int nonblock)
{
	const unsigned char *in = buf;
	size_t room, done = 0;

	for (;;) {
		if (total(p, 0) == 0) {
			/* As on Linux: what was written counts; then SIGPIPE
			 * (its default action ends the program), EPIPE if it
			 * is ignored or handled. */
			if (done > 0)
				return (ssize_t)done;
			raise(SIGPIPE);
			return -EPIPE;
		}
		if (size == 0)
			return 0;
		if (p->buf == NULL) {
			p->buf = p->shared ? __zrt_shm_alloc(ZRT_PIPE_SIZE) : malloc(ZRT_PIPE_SIZE);
			if (p->buf == NULL)
				return -ENOMEM;
		}
		room = ZRT_PIPE_SIZE - p->len;
		/* Up to PIPE_BUF bytes go in whole or not at all; more may be
		 * cut short.  Waiting for room is waiting for ourselves,
		 * unless another process holds a read end. */
		if (room == 0 || (size <= PIPE_BUF && room < size)) {
			if (wait_for_room(p, size, done, nonblock)) {
				if (__zrt_yield() || others(p, 0) == 0)
					continue;
				/* The readers wait for their children: none
				 * would ever make room. */
				if (done > 0)
					return (ssize_t)done;
				return -EDEADLK;
			}
			if (done > 0)
				return (ssize_t)done;
			return nonblock ? -EAGAIN : -EDEADLK;
		}
		while (done < size && p->len < ZRT_PIPE_SIZE) {
			size_t tail = (p->head + p->len) % ZRT_PIPE_SIZE;
			size_t piece = tail >= p->head ? ZRT_PIPE_SIZE - tail : p->head - tail;

			if (piece > size - done)
				piece = size - done;
			memcpy(p->buf + tail, in + done, piece);
			p->len += piece;
			done += piece;
		}
		/* A blocking write ends when all of it is in the pipe, as
		 * POSIX says, when a reader elsewhere can make room. */
		if (!wait_for_room(p, size, done, nonblock))
			return (ssize_t)done;
		if (!__zrt_yield() && others(p, 0) > 0)
			return (ssize_t)done; /* no reader runs to make room */
	}
}
