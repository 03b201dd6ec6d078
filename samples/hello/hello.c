/*
 * hello.c - the first nexe: an ordinary C program.  zvm-gcc builds it
 * against newlib and ZRT; zerovm (or zvsh) runs it in the sandbox.
 */
#include <stdio.h>

int main(void)
{
	printf("hello, world\n");
	return 0;
}
