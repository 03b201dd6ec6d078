/*
 * passwd.h - the user and group database: one user and one group, both
 * root (id 0, the identity of internal/proc.h), the same in every run.
 * There is no /etc/passwd to read; nothing else exists to be looked up.
 */
#ifndef ZRT_INTERNAL_PASSWD_H
#define ZRT_INTERNAL_PASSWD_H

#include <grp.h>
#include <pwd.h>
#include <stddef.h>

/* Writable copies: callers may scribble on what getpwnam() returns. */
extern struct passwd __zrt_passwd_root;
extern struct group __zrt_group_root;

/* Copy src into *dst with its strings in buf (size bytes), for the _r
 * calls.  Returns 0, or ERANGE when buf is too small (POSIX's error). */
int __zrt_passwd_copy(const struct passwd *src, struct passwd *dst, char *buf, size_t size);
int __zrt_group_copy(const struct group *src, struct group *dst, char *buf, size_t size);

#endif
