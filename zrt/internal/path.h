/*
 * path.h - the VFS's own side: the mount table, locations (a node in a
 * mount), path resolution and the permission checks every call shares.
 *
 * Only zrt/fs/ and the POSIX calls use this header; file systems see
 * vfs.h.  This header alone knows the layout of a mount.
 */
#ifndef ZRT_INTERNAL_PATH_H
#define ZRT_INTERNAL_PATH_H

#include <limits.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "internal/vfs.h"

struct __zrt_mnt {
	const struct __zrt_fs_ops *ops;
	void *fs;
	void *root;       /* held while mounted */
	dev_t dev;        /* st_dev of every file in it */
	int readonly;     /* from statvfs's ST_RDONLY at mount time */
	struct __zrt_mnt *covered_mnt; /* where it sits; NULL for "/" */
	void *covered;    /* the directory it hides, held */
};

/* A file: a node and the mount it is in.  Not held by itself. */
struct __zrt_loc {
	struct __zrt_mnt *mnt;
	void *node;
};

/* The VFS's state: mounts in mount order, the current directory (held)
 * and the file mode creation mask. */
struct __zrt_vfs {
	int ready;
	int nmounts;
	struct __zrt_mnt mounts[ZRT_MOUNT_MAX];
	struct __zrt_loc cwd;
	mode_t umask;
	int booting; /* setting up: timestamps do not read the clock */
};
extern struct __zrt_vfs __zrt_vfs;

/* Symbolic links followed in one resolution before ELOOP (Linux's 40). */
#define ZRT_SYMLOOP_MAX 40

/* Flags of the resolution functions. */
#define ZRT_FOLLOW 0x1    /* follow a symbolic link in the last component */

/* Resolve path relative to dirfd (AT_FDCWD: the current directory) to an
 * existing file.  A trailing slash requires a directory (and follows a
 * last symbolic link).  -ENOENT, -ENOTDIR, -EACCES (search permission),
 * -ELOOP, -ENAMETOOLONG, -EBADF. */
int __zrt_resolve(int dirfd, const char *path, int flags, struct __zrt_loc *out);

/* Resolve all of path but its last component, which is copied to name.
 * *slash is set when the path ends in '/'.  The directory is searchable.
 * A path of only slashes gives the root and ".".  The last component may
 * be "." or "..", which each caller refuses in its own way. */
int __zrt_resolve_parent(int dirfd, const char *path, struct __zrt_loc *dir,
			 char name[NAME_MAX + 1], int *slash);

/* For open(O_CREAT): like __zrt_resolve_parent, then looks the name up,
 * following symbolic links in the last component (unless nofollow)
 * while they point at something, so that a dangling link's target is
 * what gets created.  *node is the existing file or NULL. */
int __zrt_resolve_create(int dirfd, const char *path, int nofollow, struct __zrt_loc *dir,
			 char name[NAME_MAX + 1], int *slash, struct __zrt_loc *node);

/* One step: name (may be "." or "..") in directory dir, crossing mount
 * points both ways.  Checks search permission on dir. */
int __zrt_step(const struct __zrt_loc *dir, const char *name, struct __zrt_loc *out);

/* lstat() of a location: the file system's answer with st_dev set. */
int __zrt_getattr(const struct __zrt_loc *l, struct stat *st);

/* R_OK/W_OK/X_OK checks for the process's identity (see doc/zrt.md):
 * the owner, group or other bits, with no superuser override.  W_OK on
 * a read-only mount is -EROFS. */
int __zrt_permit(const struct __zrt_loc *l, int amode);
int __zrt_permit_st(const struct stat *st, int amode);

/* Ready to look names up in dir: a directory (-ENOTDIR) with search
 * permission (-EACCES). */
int __zrt_can_search(const struct __zrt_loc *dir);

/* Ready to change directory dir: a writable mount (-EROFS), write and
 * search permission (-EACCES). */
int __zrt_can_modify(const struct __zrt_loc *dir);

/* Removing or replacing entry victim of dir: the sticky bit lets only
 * the owner of the file or of the directory do it (-EPERM). */
int __zrt_sticky_ok(const struct __zrt_loc *dir, const struct __zrt_loc *victim);

/* Whether l is covered by a mount or is the root of one (-EBUSY for
 * rmdir and rename). */
int __zrt_is_mountpoint(const struct __zrt_loc *l);

/* The process's user and group ids, which new files get. */
uid_t __zrt_fs_uid(void);
gid_t __zrt_fs_gid(void);

/* Hold and release a location's node. */
void __zrt_loc_hold(const struct __zrt_loc *l);
void __zrt_loc_release(const struct __zrt_loc *l);

/* Whether a name is a valid single component (not empty, no '/',
 * at most NAME_MAX bytes) other than "." and "..". */
int __zrt_is_dot(const char *name);

/* Make the new file dirfd/path as c says, with mode's permission bits
 * masked by the umask (mkdir, mknod, mkfifo, symlink).  -EEXIST if the
 * name exists (a dangling symbolic link included). */
int __zrt_make(int dirfd, const char *path, struct __zrt_create *c);

/* The attribute changes that path and descriptor calls share: chmod,
 * chown, utimensat, truncate and their f- and l- variants. */
int __zrt_set_mode(const struct __zrt_loc *l, mode_t mode);
int __zrt_set_owner(const struct __zrt_loc *l, uid_t uid, gid_t gid);
int __zrt_set_times(const struct __zrt_loc *l, const struct timespec *ts);
int __zrt_truncate_loc(const struct __zrt_loc *l, int64_t size);

/* statvfs() of mount m, with f_fsid and ST_RDONLY set by the VFS. */
int __zrt_statvfs_mnt(const struct __zrt_mnt *m, struct statvfs *sv);

/* utimes() and friends: tv (NULL: now) as timespecs in ts; returns ts or
 * NULL, with *err = -EINVAL for microseconds out of range. */
struct timeval;
const struct timespec *__zrt_timeval_ts(const struct timeval *tv, struct timespec ts[2], int *err);

/* The absolute path of directory l, NUL-terminated, into buf (size
 * bytes): -ERANGE if it does not fit, -ENOENT if l was removed. */
int __zrt_dir_path(const struct __zrt_loc *l, char *buf, size_t size);

/* The DT_* type of a file mode. */
#define ZRT_DTTYPE(mode) ((unsigned char)(((mode) & S_IFMT) >> 12))

#endif
