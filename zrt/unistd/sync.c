/*
 * sync.c - sync(2): nothing is ever waiting to be written.
 */
#include <unistd.h>

void sync(void)
{
}
