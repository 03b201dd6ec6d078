/*
 * native-hello.c - the baseline for bench/startup.sh: hello world as a
 * static glibc program.
 */
#include <stdio.h>

int main(void)
{
	puts("hello, world");
	return 0;
}
