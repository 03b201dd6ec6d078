/*
 * _exit.c - end the process; the first one's end is the session's.
 */
#include <unistd.h>
#include <zvm.h>

#include "internal/fd.h"
#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/tar.h"

void _exit(int status)
{
	/* exit() has already run atexit handlers and flushed stdio, in
	 * every process, as on Unix. */
	if (__zrt_self != ZRT_PID) {
		/* Another process ends alone, its status going to its
		 * parent.  The session's state is the first process's to
		 * report and save, when the session ends: this one's file
		 * system is a copy, and its standard input shares the
		 * first's.  Its pipe ends close, for the processes still
		 * reading or writing the other ends. */
		__zrt_pipe_purge(__zrt_self);
		zvm_exit(status);
	}
	/* The supervisor reports status as the user return code.  Standard
	 * input's offset is reported first, so that a failure to save an
	 * image (which ends the session from inside) cannot lose it; then
	 * write-only mounts are saved, when nothing of the program runs
	 * again. */
	__zrt_stdin_report();
	if (__zrt_tar_save != NULL)
		__zrt_tar_save();
	zvm_exit(status);
}
