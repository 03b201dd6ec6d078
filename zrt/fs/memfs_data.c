/*
 * memfs_data.c - the bytes of a memfs regular file.
 *
 * Chunk i holds bytes [i * CHUNK, (i + 1) * CHUNK).  A chunk exists only
 * once something was written into it, so holes cost a NULL pointer, and
 * its buffer grows by doubling up to CHUNK, so a 100-byte file costs
 * 128 bytes rather than a whole chunk.  What lies beyond a chunk's buffer
 * (or in a missing chunk) reads as zeros.
 *
 * A file that is an extent of a channel (a tar image's member) has no
 * chunks: reads go to the channel, and the first change copies the
 * bytes into chunks, after which it is an ordinary file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal/channel.h"
#include "internal/memfs.h"

#define CHUNK ((int64_t)ZRT_MEMFS_CHUNK)

static ssize_t extent_read(struct __zrt_memfs_node *n, void *buf, size_t size, int64_t off)
{
	unsigned char *out = buf;
	size_t done = 0;
	ssize_t r;

	while (done < size) {
		r = __zrt_channel_read(n->u.file.ext_ch - 1, out + done, size - done,
				       n->u.file.ext_off + off + (int64_t)done);
		if (r < 0)
			return done > 0 ? (ssize_t)done : r;
		if (r == 0)
			break;
		done += (size_t)r;
	}
	/* The image is shorter than when it was mounted. */
	if (done == 0)
		return -EIO;
	return (ssize_t)done;
}

void __zrt_memfs_data_extent(struct __zrt_memfs_node *n, int ch, int64_t off, int64_t size)
{
	n->u.file.ext_ch = ch + 1;
	n->u.file.ext_off = off;
	n->u.file.size = size;
	/* st_blocks as if stored: a file with no blocks looks like one big
	 * hole to programs that check (tar --sparse, cp). */
	n->u.file.bytes = (uint64_t)size;
}

/* Turn an extent into chunks before the file changes; on failure the
 * file is left as it was. */
static int materialize(struct __zrt_memfs_node *n)
{
	int ch = n->u.file.ext_ch;
	int64_t off = n->u.file.ext_off, size = n->u.file.size, at = 0;
	unsigned char *buf;
	ssize_t r = 0;

	if (ch == 0)
		return 0;
	buf = malloc((size_t)CHUNK);
	if (buf == NULL)
		return -ENOSPC;
	n->u.file.ext_ch = 0;
	n->u.file.size = 0;
	n->u.file.bytes = 0;
	while (at < size) {
		size_t want = size - at < CHUNK ? (size_t)(size - at) : (size_t)CHUNK;

		r = __zrt_channel_read(ch - 1, buf, want, off + at);
		if (r == 0)
			r = -EIO;
		if (r > 0)
			r = __zrt_memfs_data_write(n, buf, (size_t)r, at);
		if (r < 0)
			break;
		at += r;
	}
	free(buf);
	if (r < 0) {
		__zrt_memfs_data_truncate(n, 0);
		__zrt_memfs_data_extent(n, ch - 1, off, size);
		return (int)r;
	}
	return 0;
}

ssize_t __zrt_memfs_data_read(struct __zrt_memfs_node *n, void *buf, size_t size, int64_t off)
{
	unsigned char *out = buf;
	size_t done = 0;

	if (off < 0)
		return -EINVAL;
	if (off >= n->u.file.size)
		return 0;
	if ((uint64_t)size > (uint64_t)(n->u.file.size - off))
		size = (size_t)(n->u.file.size - off);
	if (n->u.file.ext_ch != 0)
		return extent_read(n, buf, size, off);
	while (done < size) {
		int64_t pos = off + (int64_t)done;
		size_t idx = (size_t)(pos / CHUNK);
		size_t in = (size_t)(pos % CHUNK);
		size_t piece = (size_t)CHUNK - in;
		struct __zrt_memfs_chunk *c = idx < n->u.file.nchunks ? n->u.file.chunks[idx] : NULL;

		if (piece > size - done)
			piece = size - done;
		if (c == NULL || in >= c->cap) {
			memset(out + done, 0, piece);
		} else {
			size_t have = c->cap - in < piece ? c->cap - in : piece;

			memcpy(out + done, c->data + in, have);
			memset(out + done + have, 0, piece - have);
		}
		done += piece;
	}
	return (ssize_t)done;
}

/* Make the chunk table hold index idx.  Grows by doubling. */
static int table_reserve(struct __zrt_memfs_node *n, size_t idx)
{
	size_t want = n->u.file.nchunks ? n->u.file.nchunks : 4;
	struct __zrt_memfs_chunk **t;

	if (idx < n->u.file.nchunks)
		return 0;
	while (want <= idx)
		want *= 2;
	t = realloc(n->u.file.chunks, want * sizeof(*t));
	if (t == NULL)
		return -ENOSPC;
	memset(t + n->u.file.nchunks, 0, (want - n->u.file.nchunks) * sizeof(*t));
	n->u.file.chunks = t;
	n->u.file.nchunks = want;
	return 0;
}

/* Make chunk idx hold at least end bytes. */
static int chunk_reserve(struct __zrt_memfs_node *n, size_t idx, size_t end)
{
	struct __zrt_memfs_chunk *c = n->u.file.chunks[idx];
	size_t old = c ? c->cap : 0;
	size_t cap = old ? old : 64;

	if (end <= old)
		return 0;
	while (cap < end)
		cap *= 2;
	if (cap > (size_t)CHUNK)
		cap = (size_t)CHUNK;
	c = realloc(c, sizeof(*c) + cap);
	if (c == NULL)
		return -ENOSPC;
	memset(c->data + old, 0, cap - old);
	c->cap = cap;
	n->u.file.chunks[idx] = c;
	n->u.file.bytes += cap - old;
	return 0;
}

ssize_t __zrt_memfs_data_write(struct __zrt_memfs_node *n, const void *buf, size_t size, int64_t off)
{
	const unsigned char *in = buf;
	size_t done = 0;
	int r;

	if (off < 0)
		return -EINVAL;
	r = materialize(n);
	if (r < 0)
		return r;
	if (off >= ZRT_MEMFS_MAX_SIZE)
		return size ? -EFBIG : 0;
	if ((uint64_t)size > (uint64_t)(ZRT_MEMFS_MAX_SIZE - off))
		size = (size_t)(ZRT_MEMFS_MAX_SIZE - off);
	while (done < size) {
		int64_t pos = off + (int64_t)done;
		size_t idx = (size_t)(pos / CHUNK);
		size_t at = (size_t)(pos % CHUNK);
		size_t piece = (size_t)CHUNK - at;

		if (piece > size - done)
			piece = size - done;
		/* Out of memory is a full file system: report what was
		 * written, or ENOSPC if nothing was. */
		if (table_reserve(n, idx) < 0 || chunk_reserve(n, idx, at + piece) < 0)
			break;
		memcpy(n->u.file.chunks[idx]->data + at, in + done, piece);
		done += piece;
	}
	if (done == 0)
		return size ? -ENOSPC : 0;
	if (off + (int64_t)done > n->u.file.size)
		n->u.file.size = off + (int64_t)done;
	return (ssize_t)done;
}

int __zrt_memfs_data_truncate(struct __zrt_memfs_node *n, int64_t size)
{
	size_t keep, i;
	int r;

	if (size < 0)
		return -EINVAL;
	if (size > ZRT_MEMFS_MAX_SIZE)
		return -EFBIG;
	if (n->u.file.ext_ch != 0 && size == 0) {
		n->u.file.ext_ch = 0; /* nothing to keep: no copy */
		n->u.file.size = 0;
		n->u.file.bytes = 0;
		return 0;
	}
	r = materialize(n);
	if (r < 0)
		return r;
	if (size < n->u.file.size) {
		/* Free whole chunks past the end and clear the tail of the
		 * last one, so growing the file again shows zeros. */
		keep = (size_t)((size + CHUNK - 1) / CHUNK);
		for (i = keep; i < n->u.file.nchunks; i++) {
			if (n->u.file.chunks[i] != NULL) {
				n->u.file.bytes -= n->u.file.chunks[i]->cap;
				free(n->u.file.chunks[i]);
				n->u.file.chunks[i] = NULL;
			}
		}
		if (size % CHUNK != 0 && (size_t)(size / CHUNK) < n->u.file.nchunks) {
			struct __zrt_memfs_chunk *c = n->u.file.chunks[size / CHUNK];
			size_t at = (size_t)(size % CHUNK);

			if (c != NULL && at < c->cap)
				memset(c->data + at, 0, c->cap - at);
		}
	}
	n->u.file.size = size;
	return 0;
}
