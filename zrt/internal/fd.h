/*
 * fd.h - ZRT's file descriptor table.
 *
 * For now the only descriptors are 0, 1 and 2, and descriptor n is
 * channel n (stdin, stdout, stderr in the manifest).  The VFS replaces
 * this table with one whose entries point at open files of any kind;
 * until then only this header knows the entry layout.
 */
#ifndef ZRT_INTERNAL_FD_H
#define ZRT_INTERNAL_FD_H

#include <stdint.h>

#define ZRT_FD_STDIO 3

/* st_blksize of the standard descriptors.  stdio sizes its buffers from
 * it, and every buffer flush is one trap to the supervisor. */
#define ZRT_STDIO_BLKSIZE 65536

struct __zrt_fd {
	int closed;  /* close() was called; entries start open */
	int64_t pos; /* offset of the next transfer; sequential channels ignore it */
};

extern struct __zrt_fd __zrt_fds[ZRT_FD_STDIO];

/* The open descriptor fd, or NULL when fd is not open (callers answer
 * -EBADF).  A standard descriptor whose channel the manifest does not
 * define is not open. */
struct __zrt_fd *__zrt_fd_get(int fd);

#endif
