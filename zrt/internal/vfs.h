/*
 * vfs.h - the interface between ZRT's virtual file system and the file
 * systems mounted into it: memfs at "/", the device fs at "/dev", tar
 * images anywhere.
 *
 * A file system is a table of operations (struct __zrt_fs_ops) and an
 * opaque instance pointer.  It names its files with opaque node pointers
 * of its own choosing; the VFS only compares them, passes them back and
 * holds them while it refers to them for longer than one call.
 *
 * The VFS does everything POSIX says about paths and descriptors: path
 * walking (".", "..", symbolic links, mount points, trailing slashes),
 * permission checks, file type checks (EISDIR, ENOTDIR, ...), moving a
 * directory into itself, EXDEV, read-only mounts, O_APPEND, descriptor
 * flags and offsets.  A file system only stores: it looks names up,
 * creates, removes and renames entries, and reads and writes bytes.
 *
 * All operations return 0 (or a count) on success and -errno on failure.
 * Names passed to them are one component, never "." or "..", at most
 * NAME_MAX bytes and without '/'.
 */
#ifndef ZRT_INTERNAL_VFS_H
#define ZRT_INTERNAL_VFS_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>

/* One directory entry, as readdir produces it. */
struct __zrt_vfs_dirent {
	uint64_t ino;
	unsigned char type;    /* DT_REG, DT_DIR, ... */
	void *node;            /* the entry's node, or NULL if not known */
	char name[NAME_MAX + 1];
};

/* What setattr changes: the ZRT_SET_* bits in mask. */
#define ZRT_SET_MODE 0x01  /* permission bits (07777) of mode */
#define ZRT_SET_UID 0x02
#define ZRT_SET_GID 0x04
#define ZRT_SET_ATIME 0x08
#define ZRT_SET_MTIME 0x10
#define ZRT_SET_CTIME 0x20 /* used by tar loaders; the VFS never sets it */

struct __zrt_setattr {
	unsigned mask;
	mode_t mode;
	uid_t uid;
	gid_t gid;
	struct timespec atime;
	struct timespec mtime;
	struct timespec ctime;
};

/* What create makes: a node of type (mode & S_IFMT) with permission bits
 * (mode & 07777) owned by uid:gid.  rdev for devices; target (a
 * NUL-terminated string) for symbolic links. */
struct __zrt_create {
	mode_t mode;
	uid_t uid;
	gid_t gid;
	dev_t rdev;
	const char *target;
};

struct __zrt_fs_ops {
	/* The root directory.  Mounting holds it. */
	void *(*root)(void *fs);

	/* Keep a node alive while the VFS refers to it (an open file, the
	 * current directory, a covered mount point), and let it go.  A
	 * node that is neither held nor linked may be freed at once. */
	void (*hold)(void *fs, void *node);
	void (*release)(void *fs, void *node);

	/* Find name in directory dir.  -ENOENT if absent.  The node returned
	 * is valid until the next operation that removes or renames. */
	int (*lookup)(void *fs, void *dir, const char *name, void **node);

	/* The parent of directory dir, for "..": the root is its own parent;
	 * -ENOENT for a removed directory. */
	int (*parent)(void *fs, void *dir, void **node);

	/* st_dev is filled by the VFS; everything else by the file system. */
	int (*getattr)(void *fs, void *node, struct stat *st);

	/* The entry at *pos (0 for the first) in out, moving *pos past it.
	 * Returns 1 for an entry, 0 at the end, or -errno.  Positions are
	 * the file system's cookies (at most INT64_MAX), stable while
	 * entries are added or removed, so that a listing interrupted by
	 * changes neither repeats nor skips the entries it still holds.
	 * "." and ".." come first. */
	int (*readdir)(void *fs, void *dir, uint64_t *pos, struct __zrt_vfs_dirent *out);

	/* The target of symbolic link node: at most size bytes, not
	 * NUL-terminated.  Returns its length. */
	ssize_t (*readlink)(void *fs, void *node, char *buf, size_t size);

	/* Bytes at off; 0 at end of file.  May be short. */
	ssize_t (*read)(void *fs, void *node, void *buf, size_t size, int64_t off);

	/* The operations below change the file system.  A read-only file
	 * system leaves them NULL (the VFS answers -EROFS) or reports
	 * ST_RDONLY from statvfs when it is mounted. */

	/* Write size bytes at off (the VFS computes off for O_APPEND).
	 * Returns the bytes written, -ENOSPC or -EFBIG if none could be. */
	ssize_t (*write)(void *fs, void *node, const void *buf, size_t size, int64_t off);

	/* Set the size of a regular file; mtime and ctime change. */
	int (*truncate)(void *fs, void *node, int64_t size);

	/* Change owner, mode or times; ctime becomes now. */
	int (*setattr)(void *fs, void *node, const struct __zrt_setattr *sa);

	/* Make a new entry name in dir (the VFS has checked it is absent). */
	int (*create)(void *fs, void *dir, const char *name, const struct __zrt_create *c,
		      void **node);

	/* Add a hard link to node (not a directory) as name in dir. */
	int (*link)(void *fs, void *dir, const char *name, void *node);

	/* Remove entry name from dir: -ENOTEMPTY for a directory that has
	 * entries.  The node lives on while held. */
	int (*remove)(void *fs, void *dir, const char *name);

	/* Move entry oname of odir to nname of ndir, replacing what is
	 * there, in one step.  The VFS has checked the types agree, that a
	 * directory does not move below itself, and that both are in this
	 * file system; the file system answers -ENOTEMPTY for a replaced
	 * directory that has entries. */
	int (*rename)(void *fs, void *odir, const char *oname, void *ndir, const char *nname);

	/* Optional: f_flag with ST_RDONLY makes the mount read-only. */
	int (*statvfs)(void *fs, struct statvfs *sv);

	/* Optional hooks for devices: open refuses or accepts an open with
	 * these O_* flags; seekable says whether lseek works (default: all
	 * but FIFOs and sockets). */
	int (*open)(void *fs, void *node, int flags);
	int (*seekable)(void *fs, void *node);
};

/* Mount fs at path, a directory that must exist (or "/" for the first,
 * root, mount).  The mount covers the directory: lookups that reach it
 * continue at ops->root(fs), ".." at that root goes back above it, and
 * the directory cannot be removed or renamed while mounted.  A later
 * mount on the same path hides an earlier one.  st_dev of the files is
 * the mount's number: 1 for "/", 2 for "/dev", then in mount order.
 * Returns 0 or -errno: -ENOENT/-ENOTDIR for a bad path, -EMFILE when the
 * table (ZRT_MOUNT_MAX mounts) is full. */
#define ZRT_MOUNT_MAX 32
int __zrt_mount(const char *path, const struct __zrt_fs_ops *ops, void *fs);

/* memfs, the in-memory file system (zrt/fs/memfs*.c).  __zrt_memfs_new
 * makes an empty one whose root is a directory with mode root_mode
 * (permission bits) owned by uid:gid; NULL when out of memory.  A loader
 * fills it through __zrt_memfs_ops (create, write, setattr, ...) before or
 * after mounting it; __zrt_memfs_set_readonly then refuses every change
 * with -EROFS and makes statvfs report ST_RDONLY, so mount it after. */
extern const struct __zrt_fs_ops __zrt_memfs_ops;
void *__zrt_memfs_new(mode_t root_mode, uid_t uid, gid_t gid);
void __zrt_memfs_set_readonly(void *fs);

/* Make node, an empty regular file of a memfs, hold the size bytes at off
 * of channel ch (a random-read channel whose contents do not change, as
 * a tar image's): reads fetch them from the channel, and the first write
 * or truncate copies them into memory.  -EINVAL if node is not an empty
 * regular file. */
int __zrt_memfs_set_extent(void *fs, void *node, int ch, int64_t off, int64_t size);

/*
 * Walking a tree, for the tar saver.
 *
 * __zrt_vfs_walk(path, flags, fn, arg) calls fn once for path itself and
 * once for every file below it, in pre-order (a directory before what it
 * holds), the entries of each directory sorted by name (bytewise), so
 * that the order depends only on the tree.  Symbolic links are reported,
 * not followed.  fn gets the path relative to path ("" for path itself,
 * "a", "a/b", ...), the file's lstat() information and an entry handle,
 * valid during the call, through which it reads the file's contents.
 * fn returns 0 to go on, ZRT_WALK_SKIP to leave out a directory's
 * contents, or -errno to stop the walk with that result.  With
 * ZRT_WALK_XDEV the walk reports the roots of other mounts (as find -xdev
 * does) but does not enter them.  Relative paths
 * longer than PATH_MAX - 1 stop the walk with -ENAMETOOLONG.
 */
#define ZRT_WALK_SKIP 1
#define ZRT_WALK_XDEV 0x1

struct __zrt_walk_entry;
typedef int (*__zrt_walk_fn)(void *arg, const char *path, const struct stat *st,
			     struct __zrt_walk_entry *e);
int __zrt_vfs_walk(const char *path, int flags, __zrt_walk_fn fn, void *arg);

/* Bytes of a regular file at off (0 at the end), or -errno. */
ssize_t __zrt_walk_read(struct __zrt_walk_entry *e, void *buf, size_t size, int64_t off);

/* A symbolic link's target, NUL-terminated, truncated to size - 1. */
ssize_t __zrt_walk_readlink(struct __zrt_walk_entry *e, char *buf, size_t size);

/* The time file systems stamp files with: a reading of ZRT's clock, which
 * moves it on by 1 us (so that every change is ordered), except while
 * the VFS sets itself up: the files made then carry the program's start
 * time and the program's first clock reading is still the start. */
struct timespec __zrt_fs_now(void);

/* Set up the file system and descriptors 0, 1, 2, once; every file call
 * does it first, so calling it early is only a matter of ordering: call
 * it before mounting [fstab] images. */
void __zrt_vfs_init(void);

/* Write every dirty shared file mapping back (mmap MAP_SHARED): the exit
 * path calls it before saving write-only mounts. */
void __zrt_mmap_sync_all(void);

#endif
