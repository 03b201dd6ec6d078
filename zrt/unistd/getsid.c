/*
 * getsid.c - getsid(2): process 1 leads the one session, as it leads the
 * one group, so the answer and the errors are getpgid()'s.
 */
#include <unistd.h>

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}
