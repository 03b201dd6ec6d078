/*
 * issetugid.c - issetugid(2): a nexe is never set-user-id or set-group-id.
 */
#include <unistd.h>

int issetugid(void)
{
	return 0;
}
