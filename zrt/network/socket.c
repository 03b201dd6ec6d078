/*
 * socket.c - socket(2): a nexe has no network; it talks to the world
 * through its channels only.
 *
 * The sysroot ships no <sys/socket.h>, so ported code that needs sockets
 * fails at configure time rather than at run time; this definition is
 * for code that declares socket() itself.
 */
#include <errno.h>

#include "internal/syscall.h"

int socket(int domain, int type, int protocol);

int socket(int domain, int type, int protocol)
{
	/* POSIX's error for an address family the system does not support;
	 * here that is every family. */
	return (int)__zrt_ret(-EAFNOSUPPORT);
}
