/*
 * pipe.c - pipes and FIFOs: a ring buffer and counts of open ends.
 *
 * The buffer is allocated on the first write, so an unused pipe costs a
 * few bytes.  FIFOs (mkfifo) share one pipe among every open of the same
 * node until the last end closes, found through a short list.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "internal/pipe.h"

struct __zrt_pipe {
	unsigned char *buf; /* ZRT_PIPE_SIZE bytes once written to */
	size_t head, len;   /* ring: len bytes from head */
	int readers, writers;
	unsigned long ino;
	struct __zrt_loc fifo;    /* the FIFO node, held; mnt NULL for pipe() */
	struct __zrt_pipe *next;  /* list of FIFO pipes */
};

static unsigned long serial;
static struct __zrt_pipe *fifos;

struct __zrt_pipe *__zrt_pipe_new(void)
{
	struct __zrt_pipe *p = calloc(1, sizeof(*p));

	if (p != NULL)
		p->ino = ++serial;
	return p;
}

struct __zrt_pipe *__zrt_pipe_fifo(const struct __zrt_loc *l)
{
	struct __zrt_pipe *p;

	for (p = fifos; p != NULL; p = p->next)
		if (p->fifo.mnt == l->mnt && p->fifo.node == l->node)
			return p;
	p = __zrt_pipe_new();
	if (p == NULL)
		return NULL;
	p->fifo = *l;
	__zrt_loc_hold(l);
	p->next = fifos;
	fifos = p;
	return p;
}

void __zrt_pipe_open(struct __zrt_pipe *p, int readable, int writable)
{
	p->readers += readable != 0;
	p->writers += writable != 0;
}

void __zrt_pipe_close(struct __zrt_pipe *p, int readable, int writable)
{
	struct __zrt_pipe **pp;

	p->readers -= readable != 0;
	p->writers -= writable != 0;
	if (p->readers > 0 || p->writers > 0)
		return;
	/* Last end: the data goes, as it does for a FIFO on Linux. */
	if (p->fifo.mnt != NULL) {
		for (pp = &fifos; *pp != p; pp = &(*pp)->next)
			;
		*pp = p->next;
		__zrt_loc_release(&p->fifo);
	}
	free(p->buf);
	free(p);
}

int __zrt_pipe_readers(const struct __zrt_pipe *p)
{
	return p->readers > 0;
}

int __zrt_pipe_writers(const struct __zrt_pipe *p)
{
	return p->writers > 0;
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
	if (p->len == 0) {
		if (p->writers == 0)
			return 0; /* end of file */
		/* Only this process could write, and it is here reading. */
		return nonblock ? -EAGAIN : -EDEADLK;
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

ssize_t __zrt_pipe_write(struct __zrt_pipe *p, const void *buf, size_t size, int nonblock)
{
	const unsigned char *in = buf;
	size_t room, done = 0;

	if (p->readers == 0) {
		/* As on Linux: SIGPIPE first (its default action ends the
		 * program), EPIPE if it is ignored or handled. */
		raise(SIGPIPE);
		return -EPIPE;
	}
	if (size == 0)
		return 0;
	if (p->buf == NULL) {
		p->buf = malloc(ZRT_PIPE_SIZE);
		if (p->buf == NULL)
			return -ENOMEM;
	}
	room = ZRT_PIPE_SIZE - p->len;
	/* Up to PIPE_BUF bytes go in whole or not at all; more may be cut
	 * short.  Waiting for room is waiting for ourselves. */
	if (room == 0 || (size <= PIPE_BUF && room < size))
		return nonblock ? -EAGAIN : -EDEADLK;
	while (done < size && p->len < ZRT_PIPE_SIZE) {
		size_t tail = (p->head + p->len) % ZRT_PIPE_SIZE;
		size_t piece = tail >= p->head ? ZRT_PIPE_SIZE - tail : p->head - tail;

		if (piece > size - done)
			piece = size - done;
		memcpy(p->buf + tail, in + done, piece);
		p->len += piece;
		done += piece;
	}
	return (ssize_t)done;
}
