/*
 * _exit.c - end the session.
 */
#include <unistd.h>
#include <zvm.h>

void _exit(int status)
{
	/* exit() has already run atexit handlers and flushed stdio; the
	 * supervisor reports status as the user return code. */
	zvm_exit(status);
}
