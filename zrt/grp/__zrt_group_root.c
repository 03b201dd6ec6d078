/*
 * __zrt_group_root.c - the one entry of the group database.
 */
#include <stddef.h>

#include "internal/passwd.h"
#include "internal/proc.h"

static char name[] = "root";
static char passwd[] = "x";
static char *members[] = {NULL}; /* root's primary group lists nobody */

struct group __zrt_group_root = {
    .gr_name = name,
    .gr_passwd = passwd,
    .gr_gid = ZRT_GID,
    .gr_mem = members,
};
