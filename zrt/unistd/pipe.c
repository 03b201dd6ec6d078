/*
 * pipe.c - pipe(2).
 */
#define _GNU_SOURCE 1 /* dup3() and pipe2() are declared for GNU only */
#include <unistd.h>

int pipe(int fds[2])
{
	return pipe2(fds, 0);
}
