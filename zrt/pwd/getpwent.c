/*
 * getpwent.c - getpwent(3), setpwent(3), endpwent(3): a walk over the
 * database's one entry.  They share the walk's position.
 */
#include <pwd.h>
#include <stddef.h>

#include "internal/passwd.h"

static int done;

struct passwd *getpwent(void)
{
	if (done)
		return NULL;
	done = 1;
	return &__zrt_passwd_root;
}

void setpwent(void)
{
	done = 0;
}

void endpwent(void)
{
	done = 0;
}
