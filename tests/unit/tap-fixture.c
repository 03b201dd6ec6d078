/*
 * tap-fixture.c - a TAP producer that misbehaves on request, so that
 * tests/unit/tap.t can check the library reports failure faithfully.
 */
#include <stdio.h>
#include <string.h>

#include "../tap/basic.h"

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "pass";

	if (strcmp(mode, "pass") == 0) {
		plan(5);
		ok(1, "true is true");
		is_int(42, 42, "integers");
		is_string("a", "a", "strings");
		is_blob("abc", "abc", 3, "blobs");
		skip("nothing to do");
	} else if (strcmp(mode, "fail-ok") == 0) {
		plan(2);
		ok(1, "first passes");
		ok(0, "second fails");
	} else if (strcmp(mode, "fail-int") == 0) {
		plan(1);
		is_int(1, 2, "one is two");
	} else if (strcmp(mode, "fail-string") == 0) {
		plan(1);
		is_string("left", "right", "left is right");
	} else if (strcmp(mode, "fail-blob") == 0) {
		plan(1);
		is_blob("abcd", "abXd", 4, "blobs differ");
	} else if (strcmp(mode, "short-plan") == 0) {
		plan(3);
		ok(1, "only one of three");
	} else if (strcmp(mode, "lazy") == 0) {
		plan_lazy();
		ok(1, "one");
		ok(1, "two");
	} else if (strcmp(mode, "skip-all") == 0) {
		skip_all("no reason at all");
	} else if (strcmp(mode, "bail") == 0) {
		plan(2);
		bail("cannot go on: %d", 7);
	} else {
		fprintf(stderr, "tap-fixture: unknown mode %s\n", mode);
		return 2;
	}
	return 0;
}
