/*
 * socket.c - socket(2) for a TCP connection.
 *
 * A network socket would let the nexe talk to the world around every
 * channel, quota and etag.  The child shares the host's network
 * namespace, so only the filter stands in the way.
 *
 * expect-state: forbidden system call 41 (socket) at {at}
 * expect-status: 7
 */
#include "attack.h"

int main(void)
{
	attack_call(41, 2 /* AF_INET */, 1 /* SOCK_STREAM */, 0, 0, 0, 0);
	out("the system call returned\n");
	return 1;
}
