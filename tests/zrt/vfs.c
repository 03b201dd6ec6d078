/*
 * vfs.c - the interface that tar images use (zrt/internal/vfs.h):
 * mounting a memfs read-only and read-write, crossing mount points, and
 * walking a tree in its fixed order.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "../zrt/internal/vfs.h"
#include "fsutil.h"
#include "tap/basic.h"

/* An image as a tar loader would make it: a directory, a file, a link. */
static void *image(void)
{
	const struct __zrt_fs_ops *ops = &__zrt_memfs_ops;
	void *fs = __zrt_memfs_new(0755, 0, 0), *dir, *file, *link;
	struct __zrt_create c = {0};
	struct __zrt_setattr sa = {0};

	c.mode = S_IFDIR | 0755;
	ops->create(fs, ops->root(fs), "docs", &c, &dir);
	c.mode = S_IFREG | 0644;
	ops->create(fs, dir, "readme", &c, &file);
	ops->write(fs, file, "from the image\n", 15, 0);
	sa.mask = ZRT_SET_MTIME | ZRT_SET_UID;
	sa.mtime.tv_sec = 1500000000;
	sa.uid = 1000;
	ops->setattr(fs, file, &sa);
	c.mode = S_IFLNK | 0777;
	c.target = "docs/readme";
	ops->create(fs, ops->root(fs), "link", &c, &link);
	__zrt_memfs_set_readonly(fs);
	return fs;
}

static void mounts(void)
{
	struct stat st, root;
	struct statvfs sv;
	char buf[64];
	int fd;

	mkdir("/mnt", 0755);
	mkdir("/mnt/ro", 0755);
	mkdir("/mnt/rw", 0755);
	is_int(0, __zrt_mount("/mnt/ro", &__zrt_memfs_ops, image()), "mount a read-only memfs");
	is_int(0, __zrt_mount("/mnt/rw/", &__zrt_memfs_ops, __zrt_memfs_new(0755, 0, 0)),
	       "mount a writable memfs");
	is_int(-ENOTDIR, __zrt_mount("/tmp/f", &__zrt_memfs_ops, __zrt_memfs_new(0755, 0, 0)),
	       "mount on a file: -ENOTDIR");
	is_int(-ENOENT, __zrt_mount("/none", &__zrt_memfs_ops, __zrt_memfs_new(0755, 0, 0)),
	       "mount on a missing path: -ENOENT");

	is_string("from the image\n", get_file("/mnt/ro/docs/readme", buf, sizeof(buf)), "read a file of the image");
	is_string("from the image\n", get_file("/mnt/ro/link", buf, sizeof(buf)), "... through its link");
	stat("/mnt/ro/docs/readme", &st);
	is_int(1500000000, st.st_mtime, "... with the mtime the loader set");
	is_int(1000, st.st_uid, "... and the owner");
	stat("/", &root);
	is_int(3, st.st_dev, "mounts after / and /dev are devices 3, 4, ...");
	stat("/mnt/ro", &st);
	is_int(1, st.st_ino, "the mount point shows the image's root");
	is_int(0, statvfs("/mnt/ro", &sv), "statvfs of the image");
	is_int(ST_RDONLY, sv.f_flag & ST_RDONLY, "... read-only");
	is_errno(open("/mnt/ro/docs/readme", O_WRONLY), EROFS, "open for writing");
	is_errno(open("/mnt/ro/new", O_WRONLY | O_CREAT, 0644), EROFS, "create");
	is_errno(mkdir("/mnt/ro/d", 0755), EROFS, "mkdir");
	is_errno(unlink("/mnt/ro/link"), EROFS, "unlink");
	is_errno(chmod("/mnt/ro/docs", 0700), EROFS, "chmod");
	is_errno(access("/mnt/ro/docs/readme", W_OK), EROFS, "access W_OK");
	is_int(0, access("/mnt/ro/docs/readme", R_OK), "access R_OK");

	is_int(0, put_file("/mnt/rw/f", "rw"), "write a file in the writable mount");
	is_errno(rename("/mnt/rw/f", "/tmp/f2"), EXDEV, "rename out of it");
	is_errno(link("/mnt/rw/f", "/tmp/f3"), EXDEV, "link out of it");
	is_errno(rmdir("/mnt/rw"), EBUSY, "rmdir of a mount point");
	is_errno(rename("/mnt/rw", "/mnt/rw2"), EBUSY, "rename of a mount point");
	chdir("/mnt/ro/docs");
	is_string("/mnt/ro/docs", getcwd(buf, sizeof(buf)), "getcwd inside a mount");
	is_int(0, chdir("../.."), "\"..\" out of it");
	is_string("/mnt", getcwd(buf, sizeof(buf)), "... leaves it");
	fd = open("/mnt/ro", O_RDONLY);
	is_int(0, fstatat(fd, "..", &st, 0), "\"..\" of a mount's root by descriptor");
	stat("/mnt", &root);
	is_int(root.st_ino, st.st_ino, "... is the directory above the mount point");
	close(fd);
	chdir("/");
}

struct seen {
	char paths[512];
	char data[64];
	int skip_docs;
};

static int record(void *arg, const char *path, const struct stat *st, struct __zrt_walk_entry *e)
{
	struct seen *s = arg;
	char buf[32];
	ssize_t n;

	strcat(s->paths, path[0] ? path : "(top)");
	strcat(s->paths, S_ISDIR(st->st_mode) ? "/ " : S_ISLNK(st->st_mode) ? "@ " : " ");
	if (S_ISREG(st->st_mode) && strcmp(path, "b") == 0) {
		n = __zrt_walk_read(e, buf, sizeof(buf), 1);
		strncat(s->data, buf, n > 0 ? (size_t)n : 0);
	}
	if (S_ISLNK(st->st_mode)) {
		n = __zrt_walk_readlink(e, buf, sizeof(buf));
		strncat(s->data, buf, n > 0 ? (size_t)n : 0);
	}
	if (s->skip_docs && strcmp(path, "docs") == 0)
		return ZRT_WALK_SKIP;
	return 0;
}

static int fail_at_b(void *arg, const char *path, const struct stat *st, struct __zrt_walk_entry *e)
{
	return strcmp(path, "b") == 0 ? -EIO : 0;
}

static void walk(void)
{
	struct seen s = {"", "", 0};

	mkdir("/tmp/w", 0755);
	put_file("/tmp/w/b", "bytes");
	mkdir("/tmp/w/a", 0755);
	put_file("/tmp/w/a/z", "");
	symlink("../b", "/tmp/w/a/y");
	link("/tmp/w/b", "/tmp/w/c");
	is_int(0, __zrt_vfs_walk("/tmp/w", 0, record, &s), "walk a tree");
	is_string("(top)/ a/ a/y@ a/z b c ", s.paths, "... parents first, names sorted");
	is_string("../bytes", s.data, "... reading links and files through the entry");
	memset(&s, 0, sizeof(s));
	s.skip_docs = 1;
	is_int(0, __zrt_vfs_walk("/mnt/ro", 0, record, &s), "walk a mount");
	is_string("(top)/ docs/ link@ ", s.paths, "... ZRT_WALK_SKIP leaves a directory out");
	memset(&s, 0, sizeof(s));
	__zrt_vfs_walk("/mnt", ZRT_WALK_XDEV, record, &s);
	is_string("(top)/ ro/ rw/ ", s.paths, "ZRT_WALK_XDEV does not enter mounts");
	is_int(-EIO, __zrt_vfs_walk("/tmp/w", 0, fail_at_b, NULL), "an error from the callback stops the walk");
	is_int(-ENOENT, __zrt_vfs_walk("/tmp/none", 0, record, &s), "walking a missing path");
}

int main(void)
{
	plan(37);
	put_file("/tmp/f", "");
	mounts();
	walk();
	return 0;
}
