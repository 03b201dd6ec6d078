/*
 * __zrt_init.c - ZRT's own start-up, before constructors and main.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal/clock.h"
#include "internal/debug.h"
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

void __zrt_init(void)
{
	struct __zrt_nvram *nv = &__zrt_nvram;

	/* First, so that a malformed nvram stops the program before any of
	 * its code (constructors included) runs. */
	__zrt_nvram_load();
	__zrt_stdin_check();
	if (nv->argc > 0) {
		__zrt_argc = nv->argc;
		__zrt_argv = nv->argv;
	} else {
		__zrt_argc = 1;
		__zrt_argv = default_argv;
	}
	/* envp[envc] is NULL even for an empty [env] or none. */
	environ = nv->envp;
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
	if (nv->cwd != NULL && chdir(nv->cwd) != 0) {
		char what[sizeof(nv->error)];

		snprintf(what, sizeof(what), "path=%s: %s", nv->cwd, strerror(errno));
		__zrt_nvram_fail(nv->cwd_line, what);
	}
	__zrt_debug(1, "started");
}
