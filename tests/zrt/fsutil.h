/*
 * fsutil.h - helpers the file system tests share: errno checks that say
 * what they saw, and whole-file reads and writes.  Each test still has
 * its own main and depends on no other test.
 */
#ifndef ZRT_TEST_FSUTIL_H
#define ZRT_TEST_FSUTIL_H

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tap/basic.h"

/* One assertion: r is -1 and errno is want. */
static inline int is_errno(long r, int want, const char *what)
{
	int e = errno;

	if (!ok(r == -1 && e == want, "%s: %s", what, strerror(want))) {
		diag("got %ld, errno %d (%s)", r, e, strerror(e));
		return 0;
	}
	return 1;
}

/* The same for calls that return a pointer (NULL on failure). */
static inline int is_errno_p(const void *r, int want, const char *what)
{
	return is_errno(r == NULL ? -1 : 0, want, what);
}

/* Create or truncate path and write text into it; 0 or -1. */
static inline int put_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	size_t len = strlen(text);

	if (fd < 0)
		return -1;
	if (write(fd, text, len) != (ssize_t)len) {
		close(fd);
		return -1;
	}
	return close(fd);
}

/* The first size - 1 bytes of path, NUL-terminated; "" on failure. */
static inline const char *get_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	buf[0] = '\0';
	if (fd < 0)
		return buf;
	n = read(fd, buf, size - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(fd);
	return buf;
}

/* st_mode of path (lstat), or 0. */
static inline mode_t mode_of(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0 ? st.st_mode : 0;
}

#endif
