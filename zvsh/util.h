/*
 * util.h - allocation that cannot fail quietly, paths, and removing a
 * tree that zvsh made.
 */
#ifndef ZVSH_UTIL_H
#define ZVSH_UTIL_H

#include <stddef.h>

/* Allocation: out of memory is fatal (status 125). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
/* Grow *array (of *count elements of size bytes) by one zeroed element
 * and return it; more than max elements is fatal, naming what. */
void *xappend(void *array_ptr, size_t *count, size_t size, size_t max, const char *what);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* path made absolute against cwd (not resolved: "..", links stay). */
char *path_absolute(const char *cwd, const char *path);

/* The directory part and the last part of an absolute path, as new strings:
 * "/a/b" gives "/a" and "b"; "/a" gives "/" and "a". */
char *path_dir(const char *path);
char *path_base(const char *path);

/* Remove path and everything under it, without following symbolic links
 * or crossing into other file systems.  0, or -1 with errno set by the
 * first failure (the rest is still attempted). */
int tree_remove(const char *path);

#endif
