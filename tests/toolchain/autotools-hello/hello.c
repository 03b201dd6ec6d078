/* hello.c - prints what configure found, so the test can check it. */
#include "config.h"

#include <stdio.h>

void greet(const char *who);

int main(void)
{
	greet("autotools");
#ifdef HAVE_GETLINE
	printf("getline: yes\n");
#endif
#ifdef HAVE_LIBSECCOMP
	printf("libseccomp: yes (wrong: the host's)\n");
#endif
	printf("sizeof(ino_t) = %d\n", SIZEOF_INO_T);
	return 0;
}
