/* ctors.c - start-up and exit order: constructors by priority before
 * main, atexit handlers in reverse, destructors after them, stdio flushed
 * after all of it, exit status from exit(). */
#include <stdio.h>
#include <stdlib.h>

static void ctor_late(void) __attribute__((constructor(200)));
static void ctor_early(void) __attribute__((constructor(101)));
static void dtor(void) __attribute__((destructor));

static int ready;

static void ctor_early(void)
{
	ready = 1;
	printf("constructor 101\n");
}

static void ctor_late(void)
{
	printf("constructor 200 (ready=%d)\n", ready);
}

static void dtor(void)
{
	printf("destructor\n");
}

static void first(void)
{
	printf("atexit registered first\n");
}

static void second(void)
{
	printf("atexit registered second\n");
}

int main(void)
{
	printf("main\n");
	atexit(first);
	atexit(second);
	exit(3);
}
