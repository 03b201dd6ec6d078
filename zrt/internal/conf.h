/*
 * conf.h - the configurable limits of a file that pathconf(3) and
 * fpathconf(3) share.
 */
#ifndef ZRT_INTERNAL_CONF_H
#define ZRT_INTERNAL_CONF_H

#include "internal/path.h"

/* The value of pathconf variable name for a file in mount m (NULL: a
 * pipe or a channel, in no file system) into *value; -1 there means no
 * limit or an unsupported option, for which POSIX leaves errno alone.
 * -EINVAL for a name that is no pathconf variable. */
int __zrt_pathconf(const struct __zrt_mnt *m, int name, long *value);

#endif
