/*
 * _exit.c - end the session.
 */
#include <unistd.h>
#include <zvm.h>

#include "internal/fd.h"
#include "internal/tar.h"

void _exit(int status)
{
	/* exit() has already run atexit handlers and flushed stdio; the
	 * supervisor reports status as the user return code.  Standard
	 * input's offset is reported first, so that a failure to save an
	 * image (which ends the session from inside) cannot lose it; then
	 * write-only mounts are saved, when nothing of the program runs
	 * again. */
	__zrt_stdin_report();
	if (__zrt_tar_save != NULL)
		__zrt_tar_save();
	zvm_exit(status);
}
