/*
 * uname.c - uname(2): the same system everywhere.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/utsname.h>
#include <zvm.h>

#include "internal/proc.h"
#include "internal/syscall.h"

#ifndef ZRT_RELEASE
#error "ZRT_RELEASE must be the package version (zrt/local.mk defines it)"
#endif

#define STR(x)	#x
#define XSTR(x) STR(x)

static int do_uname(struct utsname *u)
{
	if (u == NULL)
		return -EFAULT;
	/* Nothing of the host shows through: a program that prints uname
	 * gives the same bytes on every machine.  The version is the ABI
	 * between nexe and VM, the one thing that could tell runs apart. */
	memset(u, 0, sizeof(*u));
	strcpy(u->sysname, ZRT_SYSNAME);
	strcpy(u->nodename, ZRT_NODENAME);
	strcpy(u->release, ZRT_RELEASE);
	strcpy(u->version, "abi " XSTR(ZVM_ABI_VERSION));
	strcpy(u->machine, ZRT_MACHINE);
	return 0;
}

int uname(struct utsname *u)
{
	return (int)__zrt_ret(do_uname(u));
}
