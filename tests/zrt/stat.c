/*
 * stat.c - stat(2), lstat(2), fstat(2), fstatat(2): types, sizes, link
 * counts, inode numbers in creation order, devices per mount, times.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct stat a, b, d, l;
	int fd;

	plan(39);
	mkdir("/tmp/st", 0755);
	put_file("/tmp/st/a", "12345");
	put_file("/tmp/st/b", "");
	symlink("a", "/tmp/st/link");

	is_int(0, stat("/tmp/st/a", &a), "stat a file");
	ok(S_ISREG(a.st_mode), "... regular");
	is_int(0644, a.st_mode & 07777, "... mode 0644");
	is_int(5, a.st_size, "... 5 bytes");
	is_int(1, a.st_nlink, "... one link");
	is_int(getuid(), a.st_uid, "... owned by the program's user");
	is_int(getgid(), a.st_gid, "... and group");
	ok(a.st_blksize > 0, "... st_blksize");
	is_int(0, stat("/tmp/st/b", &b), "stat another");
	is_int(a.st_ino + 1, b.st_ino, "inode numbers follow creation order");
	is_int(a.st_dev, b.st_dev, "same device in one file system");
	is_int(0, stat("/tmp/st", &d), "stat a directory");
	ok(S_ISDIR(d.st_mode), "... a directory");
	is_int(2, d.st_nlink, "... two links (its name and \".\")");
	ok(d.st_ino < a.st_ino, "... made before its files");
	is_int(0, lstat("/tmp/st/link", &l), "lstat a symbolic link");
	ok(S_ISLNK(l.st_mode), "... the link itself");
	is_int(1, l.st_size, "... its size is its target's length");
	is_int(0, stat("/tmp/st/link", &l), "stat through the link");
	is_int(a.st_ino, l.st_ino, "... reaches the file");
	is_int(0, stat("/dev/null", &l), "stat /dev/null");
	ok(l.st_dev != a.st_dev, "/dev is another device");
	is_int(0, stat("/", &l), "stat /");
	is_int(1, l.st_ino, "... inode 1");

	fd = open("/tmp/st/a", O_RDONLY);
	is_int(0, fstat(fd, &l), "fstat");
	is_int(a.st_ino, l.st_ino, "... the same file");
	close(fd);
	fd = open("/tmp/st", O_RDONLY);
	is_int(0, fstatat(fd, "link", &l, AT_SYMLINK_NOFOLLOW), "fstatat, not following");
	ok(S_ISLNK(l.st_mode), "... the link");
	is_int(0, fstatat(fd, "link", &l, 0), "fstatat, following");
	ok(S_ISREG(l.st_mode), "... the file");
	is_errno(fstatat(fd, "a", &l, 0x4000), EINVAL, "fstatat with an unknown flag");
	close(fd);

	is_errno(stat("/tmp/st/none", &l), ENOENT, "a missing file");
	is_errno(stat("/tmp/st/a/x", &l), ENOTDIR, "below a file");
	is_errno(fstat(77, &l), EBADF, "fstat of a closed descriptor");
	is_errno(stat("", &l), ENOENT, "the empty path");

	/* Times come from the deterministic clock, which only moves on. */
	ok(a.st_mtime >= 1370908800, "mtime is after the clock's epoch");
	is_int(a.st_mtim.tv_sec, a.st_ctim.tv_sec, "a new file's ctime is its mtime");
	fd = open("/tmp/st/a", O_WRONLY | O_APPEND);
	write(fd, "6", 1);
	fstat(fd, &l);
	close(fd);
	ok(l.st_mtim.tv_sec > a.st_mtim.tv_sec ||
		   (l.st_mtim.tv_sec == a.st_mtim.tv_sec && l.st_mtim.tv_nsec > a.st_mtim.tv_nsec),
	   "a write moves mtime on");
	stat("/tmp/st", &l);
	ok(l.st_mtim.tv_sec > d.st_mtim.tv_sec ||
		   (l.st_mtim.tv_sec == d.st_mtim.tv_sec && l.st_mtim.tv_nsec >= d.st_mtim.tv_nsec),
	   "creating files moves the directory's mtime on");
	return 0;
}
