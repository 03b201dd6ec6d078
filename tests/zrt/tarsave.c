/*
 * tarsave.c - a directory saved at exit (nvram [fstab] access=wo): the
 * program makes one of everything the saver writes under /save, and
 * checks it is there as made.  The image itself is checked by rerun.t,
 * which saves it twice and compares the bytes, and by tar.t, which
 * reads saved images back with GNU tar.
 *
 * channel: /dev/saved wo
 * nvram:
 *   [fstab]
 *   channel = /dev/saved, mountpoint = /save, access = wo
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char name[PATH_MAX], buf[64];
	struct timespec ts[2] = {{1600000000, 500}, {1600000000, 123456789}};
	struct stat st;
	int fd, i;

	plan(14);
	ok(stat("/save", &st) == 0 && S_ISDIR(st.st_mode), "the mount point exists at start");
	is_int(0, mkdir("/save/dir", 0750), "a directory");
	is_int(0, mkdir("/save/dir/empty", 0700), "an empty one in it");
	is_int(0, put_file("/save/dir/file", "contents\n"), "a file");
	is_int(0, put_file("/save/empty", ""), "an empty file");
	is_int(0, link("/save/dir/file", "/save/hard"), "a hard link");
	is_int(0, symlink("dir/file", "/save/soft"), "a symbolic link");
	is_int(0, mkfifo("/save/fifo", 0640), "a FIFO");
	is_int(0, put_file("/save/caf\303\251-\316\273", "utf-8\n"), "a non-ASCII name");
	/* A component of 200 bytes, twice: a path beyond 255 bytes. */
	snprintf(name, sizeof(name), "/save/%0200d", 0);
	mkdir(name, 0755);
	snprintf(name + strlen(name), sizeof(name) - strlen(name), "/%0200d", 1);
	is_int(0, put_file(name, "long\n"), "a file at a path of 409 bytes");
	fd = open("/save/sparse", O_WRONLY | O_CREAT, 0600);
	ok(fd >= 0 && pwrite(fd, "end", 3, 3 << 20) == 3, "a file with a 3 MiB hole");
	close(fd);
	is_int(0, utimensat(AT_FDCWD, "/save/dir/file", ts, 0), "nanosecond times");
	for (i = 0; i < 50; i++) {
		snprintf(name, sizeof(name), "/save/dir/n%02d", (i * 7) % 50);
		put_file(name, name);
	}
	is_string("contents\n", get_file("/save/hard", buf, sizeof(buf)), "the link reads the file");
	is_int(0, chmod("/save/empty", 0444), "a read-only file");
	return 0;
}
