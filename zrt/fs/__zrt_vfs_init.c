/*
 * __zrt_vfs_init.c - the VFS's state and its set-up: memfs at "/" with
 * /dev and /tmp, the device fs at /dev, descriptors 0, 1, 2.
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/devfs.h"
#include "internal/fd.h"
#include "internal/nvram.h"
#include "internal/path.h"
#include "internal/proc.h"

struct __zrt_vfs __zrt_vfs;

/* Nothing can work without a root: say so on stderr and stop, with the
 * status a shell gives a command that could not run. */
static void fail(const char *what)
{
	static const char msg[] = "zrt: cannot set up the file system: ";

	__zrt_channel_write(2, msg, sizeof(msg) - 1, 0);
	__zrt_channel_write(2, what, strlen(what), 0);
	__zrt_channel_write(2, "\n", 1, 0);
	_exit(126);
}

static void mkdir_root(void *fs, const char *name, mode_t mode)
{
	struct __zrt_create c = {S_IFDIR | mode, ZRT_UID, ZRT_GID, 0, NULL};
	void *node;

	if (__zrt_memfs_ops.create(fs, __zrt_memfs_ops.root(fs), name, &c, &node) < 0)
		fail("out of memory");
}

/* Descriptor fd on channel fd, as the manifest fixes stdin, stdout and
 * stderr at 0, 1, 2.  Installed directly, not opened: the descriptor
 * exists whatever the channel's limits say, and a transfer the limits
 * forbid fails when it is tried (-EDQUOT), as before the VFS existed. */
static void std_fd(struct __zrt_mnt *dev, int fd, int flags)
{
	struct __zrt_file *f;
	struct stat st;
	void *node;

	if (fd >= __zrt_channel_count() || __zrt_devfs_channel(dev->fs, fd, &node) < 0)
		return;
	f = __zrt_file_new(flags);
	if (f == NULL)
		fail("out of memory");
	f->loc.mnt = dev;
	f->loc.node = node;
	__zrt_getattr(&f->loc, &st);
	f->type = st.st_mode & S_IFMT;
	__zrt_loc_hold(&f->loc);
	/* The alias, by which a program exec starts opens it again. */
	f->path = strdup(MANIFEST->channels[fd].name);
	__zrt_fds[fd].file = f;
	/* [stdin] offset= (checked by __zrt_init against the channel's
	 * type) is where a standard input read at offsets starts; the extra
	 * reference keeps the description, and its offset, for the report
	 * at exit. */
	if (fd == 0) {
		if (__zrt_file_seekable(f))
			f->pos = __zrt_nvram.stdin_offset;
		f->refs++;
		__zrt_stdin_file = f;
	}
}

void __zrt_vfs_init(void)
{
	void *root, *dev;

	if (__zrt_vfs.ready)
		return;
	/* First, since mounting resolves paths, which comes back here. */
	__zrt_vfs.ready = 1;
	__zrt_vfs.booting = 1;
	__zrt_vfs.umask = 022;
	root = __zrt_memfs_new(0755, ZRT_UID, ZRT_GID);
	if (root == NULL)
		fail("out of memory");
	/* /tmp is where newlib's tmpfile() and tmpnam() put files. */
	mkdir_root(root, "dev", 0755);
	mkdir_root(root, "tmp", 01777);
	if (__zrt_mount("/", &__zrt_memfs_ops, root) < 0)
		fail("cannot mount /");
	__zrt_vfs.cwd.mnt = &__zrt_vfs.mounts[0];
	__zrt_vfs.cwd.node = __zrt_vfs.mounts[0].root;
	__zrt_loc_hold(&__zrt_vfs.cwd);
	dev = __zrt_devfs_new();
	if (dev == NULL || __zrt_mount("/dev", &__zrt_devfs_ops, dev) < 0)
		fail("cannot mount /dev");
	std_fd(&__zrt_vfs.mounts[1], 0, O_RDONLY);
	std_fd(&__zrt_vfs.mounts[1], 1, O_WRONLY);
	std_fd(&__zrt_vfs.mounts[1], 2, O_WRONLY);
	__zrt_vfs.booting = 0;
}
