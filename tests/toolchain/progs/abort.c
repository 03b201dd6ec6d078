/* abort.c - abort() ends the nexe with the status of SIGABRT (128 + 6),
 * without running atexit handlers or flushing stdout. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void)
{
	fputs("atexit handler ran\n", stderr);
}

int main(void)
{
	atexit(handler);
	printf("buffered, never flushed\n");
	fputs("aborting\n", stderr);
	abort();
}
