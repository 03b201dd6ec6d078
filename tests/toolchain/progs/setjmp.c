/* setjmp.c - longjmp back over many frames: setjmp returns the value
 * passed, and volatile locals keep what they held. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static volatile int depth;

static void deep(int n)
{
	if (n < 0)
		return;
	depth++;
	if (n == 0)
		longjmp(env, 42);
	deep(n - 1);
}

int main(void)
{
	volatile int rounds = 0;
	int r = setjmp(env);

	if (r == 0) {
		rounds++;
		deep(10);
	}
	printf("setjmp returned %d after %d round(s), %d frames deep\n", r, rounds, depth);
	return 0;
}
