/*
 * fd.h - ZRT's file descriptor table and open file descriptions.
 *
 * A descriptor is a slot holding an open file description (struct
 * __zrt_file) and the close-on-exec flag.  dup() makes two slots share
 * one description, and so its offset and status flags, as POSIX says.
 * A description is a file of a mounted file system (a location, held),
 * one end of a pipe, or both for a FIFO.  Only this header knows the
 * layout of either.
 */
#ifndef ZRT_INTERNAL_FD_H
#define ZRT_INTERNAL_FD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "internal/path.h"

/* Descriptors per process.  OPEN_MAX in <limits.h> is newlib's generic
 * 64, which ports that keep many files open outgrow. */
#define ZRT_OPEN_MAX 1024

/* st_blksize of channels.  stdio sizes its buffers from it, and every
 * buffer flush is one trap to the supervisor. */
#define ZRT_STDIO_BLKSIZE 65536

struct __zrt_pipe;

struct __zrt_file {
	int refs;             /* descriptors sharing it, and mappings */
	int flags;            /* O_ACCMODE and status flags (O_APPEND, O_NONBLOCK, ...) */
	int64_t pos;          /* offset; a directory cookie for directories */
	struct __zrt_loc loc; /* the file, held; mnt is NULL for a pipe */
	mode_t type;          /* S_IFMT bits at open time */
	struct __zrt_pipe *pipe; /* the pipe of a pipe end or FIFO */
	unsigned long forked;	 /* the last fork() that counted its pipe end */
	char *path;		 /* as opened, for exec; NULL when unknown */
	struct __zrt_loc from;	 /* held: where a relative path starts */
};

struct __zrt_fdslot {
	struct __zrt_file *file; /* NULL when the descriptor is closed */
	int cloexec;
};

extern struct __zrt_fdslot __zrt_fds[ZRT_OPEN_MAX];

/* The open file behind fd, or NULL if fd is not open (callers answer
 * -EBADF). */
struct __zrt_file *__zrt_fd_get(int fd);

/* The number new descriptors stay below: RLIMIT_NOFILE's soft limit, at
 * most ZRT_OPEN_MAX.  Descriptors already open above it stay usable, as
 * on Linux. */
int __zrt_fd_limit(void);

/* Put f in the lowest free slot >= min and below __zrt_fd_limit().
 * Takes over one reference of f.  Returns the descriptor or -EMFILE (f
 * is then dropped). */
int __zrt_fd_install(struct __zrt_file *f, int min, int cloexec);

/* A new description with one reference, or NULL (out of memory). */
struct __zrt_file *__zrt_file_new(int flags);

/* Drop one reference of f; the last one closes the file, releasing its
 * node and pipe end. */
void __zrt_file_drop(struct __zrt_file *f);

/* fork() started child, which inherits every descriptor: count its ends
 * of the shared pipes.  Called in the parent. */
void __zrt_fd_fork(pid_t child);

/* Close slot fd: -EBADF if not open. */
int __zrt_fd_close(int fd);

/* Open the file at l with these O_* flags (permissions and types already
 * checked), truncating for O_TRUNC, and install it.  Returns the new
 * descriptor or -errno. */
int __zrt_open_loc(const struct __zrt_loc *l, int flags);

/* Transfers through a description, for every read and write call.  With
 * off < 0 they use and move f->pos (and honour O_APPEND), otherwise they
 * work at off and leave f->pos alone (-ESPIPE where that cannot be). */
ssize_t __zrt_file_read(struct __zrt_file *f, void *buf, size_t size, int64_t off);
ssize_t __zrt_file_write(struct __zrt_file *f, const void *buf, size_t size, int64_t off);

/* The absolute path f was opened by, into buf: its directory's path is
 * found only now, as exec needs it, not at every open.  -ENOENT when f
 * was not opened by a path, -ERANGE when it does not fit. */
int __zrt_file_path(const struct __zrt_file *f, char *buf, size_t size);

/* Whether lseek and positioned I/O work on f. */
int __zrt_file_seekable(const struct __zrt_file *f);

/* fstat() of a description. */
int __zrt_file_stat(const struct __zrt_file *f, struct stat *st);

/* open() and openat(): resolve, create if asked, check, open. */
int __zrt_openat(int dirfd, const char *path, int flags, mode_t mode);

/* readv, writev, preadv, pwritev: off < 0 for the file offset. */
struct iovec;
ssize_t __zrt_iov_io(int fd, const struct iovec *iov, int iovcnt, int64_t off, int writing);

/* dup2() and dup3(): make new refer to old's description, closing new
 * first if it was open. */
int __zrt_dup3(int old, int new, int cloexec);

/* nvram's [stdin].  The description descriptor 0 started with (held
 * to the end, so that its offset outlives close(0)), or NULL before the
 * file system is set up. */
extern struct __zrt_file *__zrt_stdin_file;

/* The channel report= names, once checked; -1 without one. */
extern int __zrt_stdin_channel;

/* Check [stdin] against the manifest: offset= needs /dev/stdin read at
 * offsets, report= a writable channel (then __zrt_stdin_channel).
 * Otherwise the program does not start (__zrt_nvram_fail).  Called by
 * __zrt_init(). */
void __zrt_stdin_check(void);

/* Write the offset of __zrt_stdin_file (or [stdin] offset= if the file
 * system was never set up) in decimal and a newline into
 * __zrt_stdin_channel, if any.  Called by _exit(). */
void __zrt_stdin_report(void);

/* The location a *at() call starts from: dirfd must be AT_FDCWD or an
 * open directory (-EBADF, -ENOTDIR). */
int __zrt_fd_dir(int dirfd, struct __zrt_loc *out);

#endif
