/*
 * channel.c - the manifest's channels: host files, character devices and
 * FIFOs that the supervisor opens, owns and moves bytes through on the
 * nexe's behalf.
 *
 * The nexe never holds a descriptor: every read and write is a trap that
 * lands here, after trap.c has checked the descriptor and the buffer.
 * Quotas are charged here, in ZeroVM's way: a request is truncated to the
 * bytes that remain, a request with nothing left fails with -EDQUOT, and a
 * read at end of input still counts as a read.
 */
#define _GNU_SOURCE
#include "channel.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "die.h"
#include "stream.h"
#include "trap.h"
#include <zvm.h>

static const char *kind_name(mode_t kind)
{
	switch (kind) {
	case S_IFREG:
		return "regular file";
	case S_IFCHR:
		return "character device";
	case S_IFIFO:
		return "FIFO";
	default:
		return "file";
	}
}

/* A write-only output named through a symbolic link is written beside,
 * and renamed over, the file the link points to, so that the link stays a
 * link.  A dangling link is refused rather than guessed at. */
static void resolve_link(struct channel *c, const char *where)
{
	struct stat st;
	char *real;

	if (lstat(c->path, &st) < 0 || !S_ISLNK(st.st_mode))
		return;
	real = realpath(c->path, NULL);
	if (real == NULL)
		die_errno(ZVM_EXIT_CHANNEL, "%s: %s: cannot resolve the symbolic link", where,
			  c->path);
	c->resolved = real;
	c->path = real;
}

/* Make the file that a write-only regular channel writes: beside the
 * target, so that the final rename cannot cross file systems. */
static int make_temp_beside(struct channel *c, const char *where)
{
	const char *slash = strrchr(c->path, '/');
	size_t dirlen = slash ? (size_t)(slash - c->path) + 1 : 0;
	struct stat st;
	mode_t mask;
	int fd;

	if (asprintf(&c->tmp_path, "%.*s.%s.zerovm-XXXXXX", (int)dirlen, c->path,
		     slash ? slash + 1 : c->path) < 0)
		die(ZVM_EXIT_CHANNEL, "out of memory");
	fd = mkostemp(c->tmp_path, O_CLOEXEC);
	if (fd < 0) {
		free(c->tmp_path);
		c->tmp_path = NULL;
		die_errno(ZVM_EXIT_CHANNEL, "%s: %s: cannot create a file beside it", where,
			  c->path);
	}
	/* The new file gets the old one's mode, or what creat() would give. */
	if (stat(c->path, &st) == 0) {
		(void)fchmod(fd, st.st_mode & 07777);
	} else {
		mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	return fd;
}

/* For -F: can a file be created in the directory that holds path (as
 * make_temp_beside() and a read-write channel's O_CREAT will)?  0 or -1
 * with errno set. */
static int dir_writable(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int r, saved;

	if (slash == NULL)
		return access(".", W_OK | X_OK);
	if (slash == path)
		return access("/", W_OK | X_OK);
	dir = strndup(path, (size_t)(slash - path));
	if (dir == NULL)
		die(ZVM_EXIT_CHANNEL, "out of memory");
	r = access(dir, W_OK | X_OK);
	saved = errno;
	free(dir);
	errno = saved;
	return r;
}

static void open_one(struct session *s, struct channel *c, int check_only)
{
	const struct manifest_channel *m = c->m;
	char where[PATH_MAX + 64];
	struct stat st;
	int std, flags, exists;

	snprintf(where, sizeof where, "%s:%d: Channel %s", s->manifest_path, m->line, m->alias);
	c->fd = -1;
	if (m->nuris > 1)
		die(ZVM_EXIT_CHANNEL, "%s: multiplexed channels (';') are not supported yet", where);
	c->path = m->uris[0];
	c->readable = m->limits[GetsLimit] > 0 && m->limits[GetSizeLimit] > 0;
	c->writable = m->limits[PutsLimit] > 0 && m->limits[PutSizeLimit] > 0;
	c->random_read = m->type == RGetSPut || m->type == RGetRPut;
	c->random_write = m->type == SGetRPut || m->type == RGetRPut;
	if (!c->readable && !c->writable) {
		/* A channel with no quota: declared, never opened, every
		 * request answered -EDQUOT. */
		c->kind = S_IFCHR;
		return;
	}
	if (c->readable && c->writable && !c->random_read)
		die(ZVM_EXIT_CHANNEL,
		    "%s: a read-write channel needs random reads (type 1 or 3), got type %d", where,
		    m->type);

	std = stream_own(c->path);
	if (std >= 0) {
		if (fstat(std, &st) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		exists = 1;
	} else if (stat(c->path, &st) == 0) {
		exists = 1;
	} else if (errno == ENOENT) {
		exists = 0;
		st.st_mode = S_IFREG;
	} else {
		die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
	}
	if (!exists && !c->writable)
		die(ZVM_EXIT_CHANNEL, "%s: %s: No such file to read", where, c->path);
	c->kind = st.st_mode & S_IFMT;
	switch (c->kind) {
	case S_IFREG:
		break;
	case S_IFCHR:
	case S_IFIFO:
		if (c->readable && c->writable)
			die(ZVM_EXIT_CHANNEL,
			    "%s: %s is a %s; it can be read-only or write-only, not both", where,
			    c->path, kind_name(c->kind));
		if (c->kind == S_IFIFO && ((c->readable && c->random_read) ||
					   (c->writable && c->random_write)))
			die(ZVM_EXIT_CHANNEL,
			    "%s: %s is a FIFO; type %d asks for random access it cannot give", where,
			    c->path, m->type);
		break;
	case S_IFDIR:
		die(ZVM_EXIT_CHANNEL, "%s: %s is a directory", where, c->path);
	case S_IFBLK:
		die(ZVM_EXIT_CHANNEL, "%s: %s is a block device; not supported", where, c->path);
	case S_IFSOCK:
		die(ZVM_EXIT_CHANNEL, "%s: %s is a socket; not supported", where, c->path);
	default:
		die(ZVM_EXIT_CHANNEL, "%s: %s: unsupported file type", where, c->path);
	}

	if (check_only) {
		/* Check without creating, truncating or blocking on a FIFO.  A
		 * missing read-write file is created by the run, like an output:
		 * what must exist then is a directory to create it in. */
		if (c->kind == S_IFREG && c->readable && exists && access(c->path, R_OK) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		if (c->kind == S_IFREG && c->writable && exists && access(c->path, W_OK) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		if (c->kind == S_IFREG && c->writable && !c->readable && std < 0 &&
		    dir_writable(c->path) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s: cannot create a file beside it", where,
				  c->path);
		if (c->kind == S_IFREG && c->readable && !exists && dir_writable(c->path) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		return;
	}

	if (std >= 0) {
		c->fd = fcntl(std, F_DUPFD_CLOEXEC, 3);
		if (c->fd < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
	} else if (c->kind == S_IFREG && c->writable && !c->readable) {
		resolve_link(c, where);
		c->fd = make_temp_beside(c, where);
	} else {
		flags = O_CLOEXEC | O_NOCTTY;
		if (c->readable && c->writable)
			flags |= O_RDWR | O_CREAT;
		else
			flags |= c->readable ? O_RDONLY : O_WRONLY;
		/* A FIFO open blocks until its other end is opened: that is how
		 * pipelines of sessions meet.  The session timeout bounds it. */
		if (trap_timed_out || trap_stop_signal)
			errno = EINTR, c->fd = -1;
		else
			c->fd = open(c->path, flags, 0666);
		if (c->fd < 0) {
			if (errno == EINTR && trap_timed_out)
				die(ZVM_EXIT_TIMEOUT, "%s: %s: session timeout while opening", where,
				    c->path);
			if (errno == EINTR && trap_stop_signal)
				die(ZVM_EXIT_INTERRUPT, "%s: %s: interrupted by signal %d while opening",
				    where, c->path, (int)trap_stop_signal);
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		}
	}
	/* The null device's answers are known: a write takes every byte, a
	 * read finds the end.  Giving them without the system call saves a
	 * third of the supervisor's system calls per trap.  Checked on the
	 * open descriptor, whatever the path named when it was looked at. */
	if (c->kind == S_IFCHR && fstat(c->fd, &st) == 0 && S_ISCHR(st.st_mode) &&
	    st.st_rdev == makedev(1, 3))
		c->null_device = 1;
	/* A bigger pipe moves more bytes per trap; the kernel's limit
	 * (pipe-max-size) applies, and a refusal costs only speed. */
	if (c->kind == S_IFIFO)
		(void)fcntl(c->fd, F_SETPIPE_SZ, 1 << 20);
	if (c->kind == S_IFREG && (c->random_read || (c->readable && c->writable))) {
		if (fstat(c->fd, &st) < 0)
			die_errno(ZVM_EXIT_CHANNEL, "%s: %s", where, c->path);
		c->size = st.st_size;
		c->wpos = st.st_size;
	}
	if (m->etag) {
		c->etag = malloc(sizeof *c->etag);
		if (c->etag == NULL || !etag_init(c->etag))
			die(ZVM_EXIT_CHANNEL, "%s: cannot start a SHA-256 digest", where);
	}
}

void channel_open_all(struct session *s, int check_only)
{
	size_t i;

	s->ch = calloc(s->m.nchannels, sizeof *s->ch);
	if (s->ch == NULL)
		die(ZVM_EXIT_CHANNEL, "out of memory for %zu channels", s->m.nchannels);
	s->nch = s->m.nchannels;
	for (i = 0; i < s->nch; i++)
		s->ch[i].fd = -1;
	for (i = 0; i < s->nch; i++) {
		s->ch[i].m = &s->m.channels[i];
		open_one(s, &s->ch[i], check_only);
	}
}

/* Quota: how many of len bytes may move, or -EDQUOT. */
static int64_t quota(int64_t count, int64_t count_limit, int64_t bytes, int64_t bytes_limit,
		     int64_t len)
{
	if (count >= count_limit || bytes >= bytes_limit)
		return -EDQUOT;
	if (len > bytes_limit - bytes)
		len = bytes_limit - bytes;
	return len;
}

int64_t channel_read(struct channel *c, void *buf, int64_t len, int64_t offset)
{
	int64_t n = quota(c->reads, c->m->limits[GetsLimit], c->rbytes,
			  c->m->limits[GetSizeLimit], len);
	ssize_t got;

	if (n < 0)
		return n;
	if (c->fd < 0)
		return -EBADF;
	if (c->random_read) {
		if (offset < 0)
			return -EINVAL;
		if (c->kind == S_IFREG) {
			/* Reads are clamped to the channel's size. */
			if (offset >= c->size)
				n = 0;
			else if (n > c->size - offset)
				n = c->size - offset;
		}
		do
			got = n ? pread(c->fd, buf, (size_t)n, offset) : 0;
		while (got < 0 && errno == EINTR && !session_cancelled);
	} else if (c->null_device) {
		got = 0;
	} else {
		do
			got = n ? read(c->fd, buf, (size_t)n) : 0;
		while (got < 0 && errno == EINTR && !session_cancelled);
	}
	if (got < 0)
		return -errno;
	c->reads++;
	c->rbytes += got;
	if (c->etag != NULL && got > 0)
		SHA256_Update(c->etag, buf, (size_t)got);
	return got;
}

int64_t channel_write(struct channel *c, const void *buf, int64_t len, int64_t offset)
{
	int64_t n = quota(c->writes, c->m->limits[PutsLimit], c->wbytes,
			  c->m->limits[PutSizeLimit], len);
	const char *p = buf;
	int64_t done = 0;
	ssize_t w;
	int positioned;

	if (n < 0)
		return n;
	if (c->fd < 0)
		return -EBADF;
	if (c->random_write && offset < 0)
		return -EINVAL;
	/* Sequential writes to a read-write file append at their own
	 * position, apart from the random reads' offsets. */
	positioned = c->kind == S_IFREG && (c->random_write || c->readable);
	if (!c->random_write)
		offset = c->wpos;
	while (done < n) {
		if (positioned)
			w = pwrite(c->fd, p + done, (size_t)(n - done), offset + done);
		else if (c->null_device)
			w = (ssize_t)(n - done);
		else
			w = write(c->fd, p + done, (size_t)(n - done));
		if (w < 0) {
			if (errno == EINTR && !session_cancelled)
				continue;
			if (done == 0)
				return -errno;
			break;
		}
		done += w;
	}
	c->writes++;
	c->wbytes += done;
	if (positioned) {
		if (!c->random_write)
			c->wpos += done;
		if (offset + done > c->size)
			c->size = offset + done;
	}
	if (c->etag != NULL && done > 0)
		SHA256_Update(c->etag, p, (size_t)done);
	return done;
}

int channel_close_all(struct session *s, int ok)
{
	int ret = 0;
	size_t i;

	for (i = 0; i < s->nch; i++) {
		struct channel *c = &s->ch[i];

		if (c->fd >= 0 && close(c->fd) < 0 && c->writable && ok) {
			fprintf(stderr, "zerovm: %s: %s: %s\n", c->m->alias, c->path, strerror(errno));
			ret = -1;
		}
		c->fd = -1;
		if (c->tmp_path == NULL)
			continue;
		if (ok && ret == 0) {
			if (rename(c->tmp_path, c->path) < 0) {
				fprintf(stderr, "zerovm: %s: cannot move the output into place: %s\n",
					c->path, strerror(errno));
				unlink(c->tmp_path);
				ret = -1;
			}
		} else {
			unlink(c->tmp_path);
		}
		free(c->tmp_path);
		c->tmp_path = NULL;
	}
	return ret;
}

void channel_abandon(struct session *s)
{
	size_t i;

	for (i = 0; s->ch != NULL && i < s->nch; i++) {
		if (s->ch[i].tmp_path != NULL) {
			unlink(s->ch[i].tmp_path);
			free(s->ch[i].tmp_path);
			s->ch[i].tmp_path = NULL;
		}
	}
}
