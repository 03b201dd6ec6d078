/*
 * funlockfile.c - funlockfile(3): release what flockfile() took.
 */
#include <stdio.h>
#include <sys/stdio.h>

void funlockfile(FILE *fp)
{
	_funlockfile(fp);
}
