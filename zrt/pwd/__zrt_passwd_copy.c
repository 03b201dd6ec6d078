/*
 * __zrt_passwd_copy.c - a user entry into a caller's buffer, for the _r calls.
 */
#include <errno.h>
#include <string.h>

#include "internal/passwd.h"

/* Append s to buf at *used; NULL when it does not fit. */
static char *keep(const char *s, char *buf, size_t size, size_t *used)
{
	size_t n = strlen(s) + 1;
	char *p;

	if (n > size - *used)
		return NULL;
	p = memcpy(buf + *used, s, n);
	*used += n;
	return p;
}

int __zrt_passwd_copy(const struct passwd *src, struct passwd *dst, char *buf, size_t size)
{
	struct passwd pw = *src;
	size_t used = 0;

	if ((pw.pw_name = keep(src->pw_name, buf, size, &used)) == NULL ||
	    (pw.pw_passwd = keep(src->pw_passwd, buf, size, &used)) == NULL ||
	    (pw.pw_comment = keep(src->pw_comment, buf, size, &used)) == NULL ||
	    (pw.pw_gecos = keep(src->pw_gecos, buf, size, &used)) == NULL ||
	    (pw.pw_dir = keep(src->pw_dir, buf, size, &used)) == NULL ||
	    (pw.pw_shell = keep(src->pw_shell, buf, size, &used)) == NULL)
		return ERANGE;
	*dst = pw;
	return 0;
}
