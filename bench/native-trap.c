/*
 * native-trap.c - the baseline for bench/trap.sh: N one-byte write(2)
 * calls to /dev/null from an ordinary process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000, i;

	for (i = 0; i < n; i++)
		if (write(1, "x", 1) != 1)
			return 1;
	return 0;
}
