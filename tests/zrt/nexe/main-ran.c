/*
 * main-ran.c - says whether its constructor and main ran, and its argv[0]:
 * nvram-bad.t runs it with malformed nvram, where neither may run.
 */
#include <stdio.h>

static void __attribute__((constructor)) constructor(void)
{
	printf("constructor ran\n");
}

int main(int argc, char **argv)
{
	printf("main ran: %s\n", argv[0]);
	return 0;
}
