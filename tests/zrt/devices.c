/*
 * devices.c - the emulated devices in /dev: null, zero, full, random,
 * urandom; and /dev itself.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[64], buf2[64];
	struct stat st;
	struct dirent *e;
	DIR *d;
	int fd, i, all;

	plan(23);
	fd = open("/dev/null", O_RDWR);
	ok(fd >= 0, "open /dev/null");
	is_int(0, read(fd, buf, sizeof(buf)), "... reads nothing");
	is_int(5, write(fd, "lost!", 5), "... swallows writes");
	fstat(fd, &st);
	ok(S_ISCHR(st.st_mode), "... a character device");
	is_int(0666, st.st_mode & 0777, "... mode 0666");
	is_int(1 << 8 | 3, st.st_rdev, "... Linux's number 1,3");
	close(fd);

	fd = open("/dev/zero", O_RDONLY);
	memset(buf, 1, sizeof(buf));
	is_int(64, read(fd, buf, sizeof(buf)), "/dev/zero reads");
	for (all = 1, i = 0; i < 64; i++)
		all &= buf[i] == 0;
	ok(all, "... zeros");
	close(fd);

	fd = open("/dev/full", O_RDWR);
	is_errno(write(fd, "x", 1), ENOSPC, "/dev/full refuses writes");
	is_int(8, read(fd, buf, 8), "... reads");
	ok(memcmp(buf, "\0\0\0\0\0\0\0\0", 8) == 0, "... zeros");
	close(fd);

	fd = open("/dev/urandom", O_RDWR);
	is_int(32, read(fd, buf, 32), "/dev/urandom reads");
	is_int(32, read(fd, buf2, 32), "... again");
	ok(memcmp(buf, buf2, 32) != 0, "... different bytes each time");
	for (all = 1, i = 0; i < 32; i++)
		all &= buf[i] == 0;
	ok(!all, "... not zeros");
	is_int(4, write(fd, "seed", 4), "... takes writes");
	close(fd);
	fd = open("/dev/random", O_RDONLY | O_NONBLOCK);
	is_int(16, read(fd, buf, 16), "/dev/random reads at once");
	close(fd);

	stat("/dev", &st);
	ok(S_ISDIR(st.st_mode), "/dev is a directory");
	d = opendir("/dev");
	buf[0] = '\0';
	for (i = 0; i < 5 && (e = readdir(d)) != NULL;)
		if (e->d_name[0] != '.') {
			strcat(buf, e->d_name);
			strcat(buf, " ");
			i++;
		}
	closedir(d);
	is_string("null zero full random urandom ", buf, "it lists the emulated devices first");
	is_errno(open("/dev/new", O_WRONLY | O_CREAT, 0644), EPERM, "no files can be made in /dev");
	is_errno(mkdir("/dev/dir", 0755), EPERM, "... nor directories");
	is_errno(rename("/dev/null", "/dev/nil"), EPERM, "devices cannot be renamed");
	is_errno(open("/dev/none", O_RDONLY), ENOENT, "a missing device");
	return 0;
}
