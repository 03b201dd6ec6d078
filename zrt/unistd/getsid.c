/*
 * getsid.c - getsid(2): the only process leads its own session, as it
 * leads its own group, so the answer and the errors are getpgid()'s.
 */
#include <unistd.h>

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}
