/*
 * argv.c - prints what ZRT made of nvram: argc, then each argument and
 * each environment string in hex (so that no byte is ambiguous), then the
 * clock.  Built with zvm-gcc by tests/zvsh/argv.t.
 *
 *	argv0 NAME
 *	argc N
 *	arg HEX        (one line per argument, argv[0] first)
 *	env HEX        (one line per environment string)
 *	time SECONDS
 *	cwd PATH
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static void hex(const char *tag, const char *s)
{
	printf("%s ", tag);
	for (; *s; s++)
		printf("%02x", (unsigned char)*s);
	printf("\n");
}

int main(int argc, char **argv)
{
	char cwd[4096];
	char **e;
	int i;

	printf("argv0 %s\n", argc > 0 ? argv[0] : "");
	printf("argc %d\n", argc);
	for (i = 0; i < argc; i++)
		hex("arg", argv[i]);
	for (e = environ; e != NULL && *e != NULL; e++)
		hex("env", *e);
	printf("time %lld\n", (long long)time(NULL));
	printf("cwd %s\n", getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "(none)");
	return 0;
}
