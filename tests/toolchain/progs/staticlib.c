/* staticlib.c - calls into a static library made with
 * x86_64-zerovm-elf-ar. */
#include <stdio.h>

int staticlib_twice(int x);

int main(void)
{
	printf("twice 21 is %d\n", staticlib_twice(21));
	return 0;
}
