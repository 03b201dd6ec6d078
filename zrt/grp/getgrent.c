/*
 * getgrent.c - getgrent(3), setgrent(3), endgrent(3): a walk over the
 * database's one group.  They share the walk's position.
 */
#include <grp.h>
#include <stddef.h>

#include "internal/passwd.h"

static int done;

struct group *getgrent(void)
{
	if (done)
		return NULL;
	done = 1;
	return &__zrt_group_root;
}

void setgrent(void)
{
	done = 0;
}

void endgrent(void)
{
	done = 0;
}
