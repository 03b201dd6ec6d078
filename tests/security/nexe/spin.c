/*
 * spin.c - says "ready" on stdout, then computes forever without a trap:
 * only the session timeout, a signal to zerovm or zerovm's death ends it.
 */
#include "nexe.h"

int main(void)
{
	out("ready\n");
	for (;;)
		__asm__ volatile("" ::: "memory");
}
