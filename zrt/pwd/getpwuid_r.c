/*
 * getpwuid_r.c - getpwuid_r(3).
 */
#include <pwd.h>
#include <stddef.h>
#include <sys/types.h>

#include "internal/passwd.h"

int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
{
	int r;

	*result = NULL;
	if (uid != __zrt_passwd_root.pw_uid)
		return 0;
	if ((r = __zrt_passwd_copy(&__zrt_passwd_root, pwd, buf, size)) != 0)
		return r;
	*result = pwd;
	return 0;
}
