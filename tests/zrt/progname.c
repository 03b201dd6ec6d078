/*
 * progname.c - getprogname(): the last component of argv[0], which comes
 * from nvram's [args], the name the program was run by.
 *
 * nvram:
 *   [args]
 *   args = /usr/local/bin/progname-test one
 */
#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"

int main(int argc, char **argv)
{
	const char *name;

	plan(4);
	is_string("/usr/local/bin/progname-test", argv[0], "argv[0] as nvram gives it");
	name = getprogname();
	is_string("progname-test", name, "getprogname() drops the directories");
	ok(name == argv[0] + strlen("/usr/local/bin/"), "... and points into argv[0]");
	is_string(name, getprogname(), "a second call gives the same name");
	return argc == 2 ? 0 : 1;
}
