/*
 * mount.c - works on the tree zvsh mounted at /data: prints a file from
 * it, creates one in a subdirectory and removes another, so that
 * tests/zvsh/mount.t can check what --zvm-dir rw writes back.  Built with
 * zvm-gcc.
 *
 *	read TEXT       the first line of /data/in.txt, or "read -" if none
 *	exit 0          everything else worked (else the failing step's number)
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char line[256];
	FILE *f = fopen("/data/in.txt", "r");

	if (f == NULL || fgets(line, sizeof line, f) == NULL) {
		printf("read -\n");
		return 1;
	}
	fclose(f);
	printf("read %s", line);
	f = fopen("/data/sub/new.txt", "w");
	if (f == NULL)
		return 2;
	if (fputs("made inside\n", f) < 0 || fclose(f) != 0)
		return 3;
	if (unlink("/data/gone.txt") != 0)
		return 4;
	return 0;
}
