/*
 * __zrt_passwd_root.c - the one entry of the user database.
 */
#include "internal/passwd.h"
#include "internal/proc.h"

static char name[] = "root";
static char passwd[] = "x"; /* no password: nobody logs in */
static char gecos[] = "root";
static char comment[] = "";
static char dir[] = "/";
static char shell[] = "/bin/sh";

struct passwd __zrt_passwd_root = {
    .pw_name = name,
    .pw_passwd = passwd,
    .pw_uid = ZRT_UID,
    .pw_gid = ZRT_GID,
    .pw_comment = comment,
    .pw_gecos = gecos,
    .pw_dir = dir,
    .pw_shell = shell,
};
