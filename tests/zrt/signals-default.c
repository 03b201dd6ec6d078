/*
 * signals-default.c - a signal whose default action ends the process ends
 * it at once, inside raise(), with status 128 + the signal number, without
 * running atexit handlers (which would print an extra, unplanned TAP line).
 *
 * exit: 143
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "tap/basic.h"

static void not_at_exit(void)
{
	printf("not ok 99 - atexit handlers ran after a fatal signal\n");
}

int main(void)
{
	plan(2);
	is_int(15, SIGTERM, "SIGTERM is 15");
	ok(atexit(not_at_exit) == 0, "an atexit handler is registered");
	fflush(stdout);
	raise(SIGTERM);
	printf("not ok 100 - raise(SIGTERM) returned\n");
	return 0;
}
