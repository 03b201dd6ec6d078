/* greet.c - the library half of the autotools sample. */
#include <stdio.h>

void greet(const char *who);

void greet(const char *who)
{
	printf("hello, %s\n", who);
}
