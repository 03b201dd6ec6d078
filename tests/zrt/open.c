/*
 * open.c - open(2) and openat(2): creation, flags, types, permissions
 * and the errno of every refusal.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static void creation(void)
{
	struct stat st;
	char buf[64];
	int fd;

	umask(022);
	fd = open("/tmp/open/new", O_WRONLY | O_CREAT, 0666);
	ok(fd >= 3, "O_CREAT makes a file and gives a descriptor above 2");
	is_int(0, fstat(fd, &st), "fstat the new file");
	is_int(S_IFREG | 0644, st.st_mode, "... a regular file, mode 0666 & ~umask");
	is_int(0, st.st_size, "... empty");
	is_int(5, write(fd, "hello", 5), "write into it");
	is_int(0, close(fd), "close");
	is_errno(open("/tmp/open/new", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST,
		 "O_CREAT|O_EXCL on an existing file");
	fd = open("/tmp/open/new", O_RDWR | O_CREAT, 0600);
	is_int(0, fstat(fd, &st), "O_CREAT on an existing file opens it");
	is_int(S_IFREG | 0644, st.st_mode, "... and leaves its mode");
	is_int(5, st.st_size, "... and its contents");
	close(fd);
	fd = open("/tmp/open/new", O_WRONLY | O_TRUNC);
	fstat(fd, &st);
	is_int(0, st.st_size, "O_TRUNC empties it");
	close(fd);
	fd = open("/tmp/open/ro", O_WRONLY | O_CREAT, 0444);
	is_int(2, write(fd, "ok", 2), "the creator writes a file it made read-only");
	close(fd);
	is_errno(open("/tmp/open/ro", O_WRONLY), EACCES, "... but cannot open it again for writing");
	is_string("ok", get_file("/tmp/open/ro", buf, sizeof(buf)), "... and can read it");
}

static void flags(void)
{
	char buf[64];
	int fd, fd2;

	put_file("/tmp/open/log", "one\n");
	fd = open("/tmp/open/log", O_WRONLY | O_APPEND);
	is_int(4, write(fd, "two\n", 4), "O_APPEND write");
	lseek(fd, 0, SEEK_SET);
	is_int(6, write(fd, "three\n", 6), "O_APPEND write after a seek to 0");
	close(fd);
	is_string("one\ntwo\nthree\n", get_file("/tmp/open/log", buf, sizeof(buf)),
		  "... both went to the end");
	fd = open("/tmp/open/log", O_RDONLY | O_CLOEXEC);
	is_int(FD_CLOEXEC, fcntl(fd, F_GETFD), "O_CLOEXEC sets FD_CLOEXEC");
	close(fd);
	fd = open("/tmp/open/log", O_RDONLY);
	fd2 = open("/tmp/open/log", O_RDONLY);
	close(fd);
	is_int(fd, open("/tmp/open/log", O_RDONLY), "the lowest free descriptor is reused");
	close(fd);
	close(fd2);
	is_errno(open("/tmp/open/log", O_ACCMODE), EINVAL, "access mode 3");
}

static void types(void)
{
	int fd;

	is_errno(open("/tmp/open/missing", O_RDONLY), ENOENT, "a missing file");
	is_errno(open("/tmp/nodir/x", O_RDONLY | O_CREAT, 0644), ENOENT, "O_CREAT in a missing directory");
	is_errno(open("", O_RDONLY), ENOENT, "the empty path");
	is_errno(open("/tmp/open/log/x", O_RDONLY), ENOTDIR, "a file used as a directory");
	is_errno(open("/tmp/open/log/", O_RDONLY), ENOTDIR, "a file with a trailing slash");
	is_errno(open("/tmp/open/log", O_RDONLY | O_DIRECTORY), ENOTDIR, "O_DIRECTORY on a file");
	is_errno(open("/tmp/open", O_WRONLY), EISDIR, "a directory for writing");
	is_errno(open("/tmp/open", O_RDWR), EISDIR, "a directory for reading and writing");
	is_errno(open("/tmp/open", O_RDONLY | O_CREAT, 0644), EISDIR, "O_CREAT on a directory");
	is_errno(open("/tmp/open/newdir/", O_RDWR | O_CREAT, 0644), EISDIR,
		 "O_CREAT of a name with a trailing slash");
	fd = open("/tmp/open", O_RDONLY | O_DIRECTORY);
	ok(fd >= 0, "O_DIRECTORY on a directory");
	close(fd);
}

static void links(void)
{
	char buf[64];
	int fd;

	symlink("target", "/tmp/open/dangling");
	is_errno(open("/tmp/open/dangling", O_RDONLY), ENOENT, "a dangling link without O_CREAT");
	is_errno(open("/tmp/open/dangling", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST,
		 "O_EXCL on a dangling link");
	fd = open("/tmp/open/dangling", O_WRONLY | O_CREAT, 0644);
	ok(fd >= 0, "O_CREAT through a dangling link");
	write(fd, "via", 3);
	close(fd);
	is_string("via", get_file("/tmp/open/target", buf, sizeof(buf)), "... creates its target");
	is_errno(open("/tmp/open/dangling", O_RDONLY | O_NOFOLLOW), ELOOP, "O_NOFOLLOW on a link");
	fd = open("/tmp/open/target", O_RDONLY | O_NOFOLLOW);
	ok(fd >= 0, "O_NOFOLLOW on a file");
	close(fd);
}

static void names(void)
{
	char name[NAME_MAX + 2], path[PATH_MAX + 8];

	memset(name, 'n', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	is_errno(open(name, O_RDONLY | O_CREAT, 0644), ENAMETOOLONG, "a name of NAME_MAX + 1 bytes");
	name[NAME_MAX] = '\0';
	chdir("/tmp/open");
	{
		int fd = open(name, O_RDONLY | O_CREAT, 0644);

		ok(fd >= 0, "a name of NAME_MAX bytes");
		close(fd);
	}
	memset(path, 'a', sizeof(path) - 1);
	path[sizeof(path) - 1] = '\0';
	for (size_t i = 1; i < sizeof(path); i += 2)
		path[i] = '/';
	is_errno(open(path, O_RDONLY), ENAMETOOLONG, "a path longer than PATH_MAX");
	chdir("/");
}

static void permissions(void)
{
	put_file("/tmp/open/secret", "x");
	chmod("/tmp/open/secret", 0200);
	is_errno(open("/tmp/open/secret", O_RDONLY), EACCES, "reading a write-only file");
	mkdir("/tmp/open/locked", 0555);
	is_errno(open("/tmp/open/locked/f", O_WRONLY | O_CREAT, 0644), EACCES,
		 "creating in a directory without write permission");
	chmod("/tmp/open/locked", 0);
	is_errno(open("/tmp/open/locked/f", O_RDONLY), EACCES,
		 "a path through a directory without search permission");
}

static void at(void)
{
	int dfd = open("/tmp/open", O_RDONLY | O_DIRECTORY), fd, ffd;

	fd = openat(dfd, "rel", O_WRONLY | O_CREAT, 0644);
	ok(fd >= 0, "openat creates relative to a directory descriptor");
	close(fd);
	ok(access("/tmp/open/rel", F_OK) == 0, "... in that directory");
	ffd = open("/tmp/open/rel", O_RDONLY);
	is_errno(openat(ffd, "x", O_RDONLY), ENOTDIR, "openat with a file descriptor");
	is_errno(openat(99, "x", O_RDONLY), EBADF, "openat with a closed descriptor");
	fd = openat(99, "/tmp/open/rel", O_RDONLY);
	ok(fd >= 0, "openat ignores the descriptor for an absolute path");
	close(fd);
	close(ffd);
	close(dfd);
}

static void exhaust(void)
{
	int fds[2048], n = 0, fd;

	while (n < 2048 && (fd = open("/tmp/open/rel", O_RDONLY)) >= 0)
		fds[n++] = fd;
	is_errno(n < 2048 ? -1 : 0, EMFILE, "descriptors run out");
	ok(n > 1000, "... after more than 1000 (%d)", n);
	while (n > 0)
		close(fds[--n]);
}

int main(void)
{
	plan(50);
	mkdir("/tmp/open", 0755);
	creation();
	flags();
	types();
	links();
	names();
	permissions();
	at();
	exhaust();
	return 0;
}
