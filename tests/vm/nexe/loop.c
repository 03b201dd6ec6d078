/*
 * loop.c - never ends, making no trap: only the session timeout stops it.
 */
#include "nexe.h"

int main(void)
{
	for (;;)
		__asm__ volatile("" ::: "memory");
}
