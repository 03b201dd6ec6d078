/*
 * libarchive.c - load the host's libarchive on first use (libarchive.h).
 */
#include "libarchive.h"

#include <dlfcn.h>
#include <stddef.h>

#include "util.h"

struct libarchive libarchive;

/* The outcome of the one attempt, NULL for success: a failure is not
 * retried, and dlerror()'s words last only until the next dl call. */
static const char *error;

/* The function name in lib; NULL after noting the first that is missing. */
static void *find(void *lib, const char *name)
{
	void *sym = dlsym(lib, name);

	if (sym == NULL && error == NULL)
		error = xstrdup(dlerror());
	return sym;
}

const char *libarchive_load(void)
{
	static int tried;
	void *lib;

	if (tried)
		return error;
	tried = 1;
	/* Every symbol now, so that a library short of one fails here and
	 * not halfway through an image.  Never closed: zvsh exits soon. */
	lib = dlopen(LIBARCHIVE_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (lib == NULL) {
		error = xstrdup(dlerror());
		return error;
	}
#define LIBARCHIVE_FIND(name)                                                                      \
	libarchive.name = (__typeof__(libarchive.name))find(lib, "archive_" #name);
	LIBARCHIVE_FUNCTIONS(LIBARCHIVE_FIND)
#undef LIBARCHIVE_FIND
	return error;
}
