/*
 * __zrt_init.c - ZRT's own start-up, before constructors and main.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/clock.h"
#include "internal/channel.h"
#include "internal/debug.h"
#include "internal/exec.h"
#include "internal/fd.h"
#include "internal/nvram.h"
#include "internal/random.h"
#include "internal/start.h"
#include "internal/tar.h"

/* Without nvram (or its [args]), every program gets the same fixed name;
 * the host's name for the nexe would make runs differ. */
static char program_name[] = "program";
static char *default_argv[] = {program_name, NULL};

int __zrt_argc;
char **__zrt_argv;

void __zrt_init(const void *block, uint64_t size)
{
	struct __zrt_nvram *nv = &__zrt_nvram;

	/* First, so that a malformed nvram stops the program before any of
	 * its code (constructors included) runs.  A program exec started
	 * gets it, its arguments and its environment from its predecessor
	 * (internal/exec.h). */
	if (block != NULL) {
		if (__zrt_exec_args(block, size) < 0) {
			static const char msg[] = "zrt: the program was started with a malformed "
						  "exec block\n";

			__zrt_channel_write(2, msg, sizeof(msg) - 1, 0);
			zvm_exit(126);
		}
	} else {
		__zrt_nvram_load();
	}
	__zrt_stdin_check();
	if (block == NULL) {
		if (nv->argc > 0) {
			__zrt_argc = nv->argc;
			__zrt_argv = nv->argv;
		} else {
			__zrt_argc = 1;
			__zrt_argv = default_argv;
		}
		/* envp[envc] is NULL even for an empty [env] or none. */
		environ = nv->envp;
	}
	if (nv->has_time)
		__zrt_clock_set(nv->seconds);
	if (nv->has_seed)
		__zrt_random_seed(nv->seed);
	/* Images last: they need the clock's start, and may move it on. */
	if (nv->nfstab > 0) {
		if (__zrt_tar_mount == NULL)
			__zrt_tar_fail(nv->fstab[0].channel,
				       "this program was linked without tar image support", NULL);
		__zrt_tar_mount();
	}
	/* After the images, which hold the directory more often than not. */
	if (block != NULL) {
		__zrt_exec_restore();
	} else if (nv->cwd != NULL && chdir(nv->cwd) != 0) {
		char what[sizeof(nv->error)];

		snprintf(what, sizeof(what), "path=%s: %s", nv->cwd, strerror(errno));
		__zrt_nvram_fail(nv->cwd_line, what);
	}
	__zrt_debug(1, "started");
}
