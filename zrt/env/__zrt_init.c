/*
 * __zrt_init.c - ZRT's own start-up, before constructors and main.
 */
#include <stddef.h>
#include <unistd.h>

#include "internal/start.h"

/* Until nvram's [args] and [env] sections are read, every program gets
 * the same fixed name and an empty environment. */
static char program_name[] = "program";
static char *default_argv[] = {program_name, NULL};
static char *default_envp[] = {NULL};

int __zrt_argc;
char **__zrt_argv;

void __zrt_init(void)
{
	__zrt_argc = 1;
	__zrt_argv = default_argv;
	environ = default_envp;
}
