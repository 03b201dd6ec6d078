/*
 * memfs.c - the in-memory file system's own promises: inode numbers in
 * creation order and never reused, big directories, deep trees, sparse
 * files, unlinked files that live until their last close.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

static ino_t ino_of(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0 ? st.st_ino : 0;
}

int main(void)
{
	char path[64], buf[PATH_MAX + 16];
	struct stat st;
	ino_t first, again;
	int i, fd, bad, depth;

	plan(20);
	mkdir("/tmp/mf", 0755);
	put_file("/tmp/mf/a", "");
	first = ino_of("/tmp/mf/a");
	mkdir("/tmp/mf/b", 0755);
	symlink("a", "/tmp/mf/c");
	mkfifo("/tmp/mf/d", 0644);
	is_int(first + 1, ino_of("/tmp/mf/b"), "a directory takes the next inode number");
	is_int(first + 2, ino_of("/tmp/mf/c"), "... then a link");
	is_int(first + 3, ino_of("/tmp/mf/d"), "... then a FIFO");
	unlink("/tmp/mf/a");
	put_file("/tmp/mf/a", "");
	again = ino_of("/tmp/mf/a");
	is_int(first + 4, again, "numbers are not reused");
	rename("/tmp/mf/a", "/tmp/mf/z");
	is_int(again, ino_of("/tmp/mf/z"), "rename keeps the number");

	/* 3000 entries: lookups by name stay right as the table grows. */
	mkdir("/tmp/mf/big", 0755);
	for (i = 0; i < 3000; i++) {
		snprintf(path, sizeof(path), "/tmp/mf/big/%d", i);
		put_file(path, path);
	}
	for (bad = 0, i = 0; i < 3000; i++) {
		snprintf(path, sizeof(path), "/tmp/mf/big/%d", i);
		bad += strcmp(get_file(path, buf, sizeof(buf)), path) != 0;
	}
	is_int(0, bad, "3000 files in one directory, each found by name");
	for (bad = 0, i = 0; i < 3000; i++) {
		snprintf(path, sizeof(path), "/tmp/mf/big/%d", i);
		bad += unlink(path) != 0;
	}
	is_int(0, bad, "... each removed");
	is_int(0, rmdir("/tmp/mf/big"), "... leaving the directory empty");

	/* A tree deeper than PATH_MAX allows to name from the root. */
	chdir("/tmp/mf");
	for (depth = 0; depth < 200; depth++)
		if (mkdir("level-directory", 0755) != 0 || chdir("level-directory") != 0)
			break;
	is_int(200, depth, "200 nested directories, made with relative paths");
	is_errno_p(getcwd(buf, sizeof(buf)), ENAMETOOLONG, "getcwd deeper than PATH_MAX");
	is_int(0, put_file("leaf", "deep"), "files can still be made there");
	for (i = 0; i < 200; i++)
		chdir("..");
	is_string("/tmp/mf", getcwd(buf, sizeof(buf)), "and \"..\" climbs back out");
	chdir("/");

	fd = open("/tmp/mf/sparse", O_RDWR | O_CREAT, 0644);
	pwrite(fd, "end", 3, 100 << 20);
	fstat(fd, &st);
	is_int((100 << 20) + 3, st.st_size, "a 100 MiB file with one byte run");
	ok(st.st_blocks <= 2 * 65536 / 512, "... keeps only the chunk written (%lld blocks)",
	   (long long)st.st_blocks);
	ok(st.st_blocks > 0, "... and counts it");
	close(fd);

	fd = open("/tmp/mf/temp", O_RDWR | O_CREAT, 0600);
	unlink("/tmp/mf/temp");
	is_int(5, write(fd, "ghost", 5), "an unlinked file takes writes");
	is_int(5, pread(fd, buf, 5, 0), "... and reads");
	is_blob("ghost", buf, 5, "... of what was written");
	is_errno(access("/tmp/mf/temp", F_OK), ENOENT, "... while its name is gone");
	is_int(0, close(fd), "... until its last close");
	return 0;
}
