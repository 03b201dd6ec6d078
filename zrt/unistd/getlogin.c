/*
 * getlogin.c - getlogin(3): the one user's name, as getpwuid(getuid())
 * gives it.
 */
#include <pwd.h>
#include <unistd.h>

char *getlogin(void)
{
	struct passwd *pw = getpwuid(getuid());

	return pw != NULL ? pw->pw_name : NULL;
}
