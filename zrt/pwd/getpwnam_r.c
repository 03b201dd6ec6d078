/*
 * getpwnam_r.c - getpwnam_r(3).
 */
#include <pwd.h>
#include <stddef.h>
#include <string.h>

#include "internal/passwd.h"

int getpwnam_r(const char *name, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
{
	int r;

	*result = NULL;
	if (name == NULL || strcmp(name, __zrt_passwd_root.pw_name) != 0)
		return 0;
	if ((r = __zrt_passwd_copy(&__zrt_passwd_root, pwd, buf, size)) != 0)
		return r;
	*result = pwd;
	return 0;
}
