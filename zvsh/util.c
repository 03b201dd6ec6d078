/*
 * util.c - allocation, paths, and removing the trees zvsh made.
 */
#define _GNU_SOURCE
#include "util.h"

#include <errno.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "die.h"

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	return p;
}

void *xappend(void *array_ptr, size_t *count, size_t size, size_t max, const char *what)
{
	void **array = array_ptr;
	char *grown;

	if (*count >= max)
		die(ZVSH_EXIT_ERROR, "too many %s (at most %zu)", what, max);
	/* Grow one at a time: the counts are small and bounded by max. */
	grown = realloc(*array, (*count + 1) * size);
	if (grown == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	memset(grown + *count * size, 0, size);
	*array = grown;
	return grown + (*count)++ * size;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (p == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = strndup(s, n);

	if (p == NULL)
		die(ZVSH_EXIT_ERROR, "out of memory");
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&p, fmt, ap);
	va_end(ap);
	if (n < 0)
		die(ZVSH_EXIT_ERROR, "out of memory");
	return p;
}

char *path_absolute(const char *cwd, const char *path)
{
	if (path[0] == '/')
		return xstrdup(path);
	if (strcmp(cwd, "/") == 0)
		return xasprintf("/%s", path);
	return xasprintf("%s/%s", cwd, path);
}

char *path_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return xstrdup(slash ? slash + 1 : path);
}

static int remove_failed;

/* Before removing, make every directory writable and searchable by its
 * owner, or a read-only directory inside the tree would keep its entries. */
static int open_up(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	if (flag == FTW_D && (st->st_mode & 0700) != 0700)
		(void)chmod(path, (st->st_mode & 07777) | 0700);
	return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	int r = (flag == FTW_DP) ? rmdir(path) : unlink(path);

	if (r < 0 && errno != ENOENT && remove_failed == 0)
		remove_failed = errno;
	return 0;
}

int tree_remove(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	remove_failed = 0;
	(void)nftw(path, open_up, 32, FTW_PHYS | FTW_MOUNT);
	if (nftw(path, remove_one, 32, FTW_PHYS | FTW_MOUNT | FTW_DEPTH) < 0 && remove_failed == 0)
		remove_failed = errno;
	if (remove_failed != 0) {
		errno = remove_failed;
		return -1;
	}
	return 0;
}
