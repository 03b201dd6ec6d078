/*
 * flockfile.c - the POSIX stream locks flockfile(3), ftrylockfile(3) and
 * funlockfile(3) around the _unlocked stdio calls, as ported code (Lua's
 * io library) uses them.
 */
#include <stdio.h>
#include <string.h>

#include "tap/basic.h"

int main(void)
{
	char buf[16];
	FILE *f;
	int c, n;

	plan(7);
	f = tmpfile();
	if (f == NULL)
		sysbail("tmpfile");
	flockfile(f);
	is_int(0, ftrylockfile(f), "ftrylockfile on a stream the caller holds (recursive)");
	funlockfile(f);
	for (n = 0; n < 3; n++)
		putc_unlocked('a' + n, f);
	funlockfile(f);
	is_int(0, ftrylockfile(f), "ftrylockfile on a free stream");
	funlockfile(f);

	rewind(f);
	flockfile(f);
	n = 0;
	while ((c = getc_unlocked(f)) != EOF && n < (int)sizeof(buf) - 1)
		buf[n++] = (char)c;
	buf[n] = '\0';
	funlockfile(f);
	is_string("abc", buf, "what putc_unlocked wrote, read with getc_unlocked under the lock");
	ok(feof(f), "... up to the end of the file");

	/* The lock does not hide the stream from the locked calls either. */
	rewind(f);
	flockfile(f);
	ok(fgets(buf, sizeof(buf), f) != NULL, "fgets while the caller holds the lock");
	funlockfile(f);
	is_string("abc", buf, "... reads the same bytes");

	flockfile(stdout);
	fflush(stdout);
	funlockfile(stdout);
	is_int(0, fclose(f), "the stream closes after the lock calls");
	return 0;
}
