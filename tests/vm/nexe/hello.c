/*
 * hello.c - the smallest test nexe: greets on stdout, exits with 0.
 */
#include "nexe.h"

int main(void)
{
	out("hello, world\n");
	return 0;
}
