/*
 * _exit.c - end the session.
 */
#include <unistd.h>
#include <zvm.h>

#include "internal/tar.h"

void _exit(int status)
{
	/* exit() has already run atexit handlers and flushed stdio; the
	 * supervisor reports status as the user return code.  Write-only
	 * mounts are saved last, when nothing of the program runs again. */
	if (__zrt_tar_save != NULL)
		__zrt_tar_save();
	zvm_exit(status);
}
