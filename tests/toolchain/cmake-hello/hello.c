/* hello.c - the program half of the CMake sample. */
#include <math.h>
#include <stdio.h>

int twice(int x);

int main(void)
{
	volatile double four = 4.0;

	printf("hello, cmake: %d %.1f\n", twice(21), sqrt(four));
	return 0;
}
