/*
 * fsops.c - file system work with no channel I/O, for bench/memfs.sh:
 * the same source is built with zvm-gcc (running on ZRT's memfs in /tmp)
 * and with the host's gcc -O2 (running on tmpfs), and the two are timed
 * in the same run.
 *
 *	fsops PHASE DIR [COUNT]
 *
 * PHASE is one of
 *	none	nothing: the cost of starting and ending the program
 *	meta	create COUNT (default 100000) empty files in DIR, stat each,
 *		unlink each
 *	small	write COUNT (default 20000) files of 4 KiB in 1 KiB writes,
 *		read each back whole, unlink each
 * DIR must exist and be empty.  The program prints a checksum of what it
 * saw, so that the two builds can be checked to do the same work, and
 * exits 1 with a message on the first failure.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned long sum;

static void die(const char *what, const char *path)
{
	fprintf(stderr, "fsops: %s %s: %s\n", what, path, strerror(errno));
	exit(1);
}

/* Names spread over 100 directories, as a program's files would be. */
static void name(char *buf, size_t size, const char *dir, long i)
{
	snprintf(buf, size, "%s/d%02ld/file-%06ld", dir, i % 100, i);
}

static void make_dirs(const char *dir)
{
	char path[4096];
	int i;

	for (i = 0; i < 100; i++) {
		snprintf(path, sizeof(path), "%s/d%02d", dir, i);
		if (mkdir(path, 0755) != 0)
			die("mkdir", path);
	}
}

static void remove_dirs(const char *dir)
{
	char path[4096];
	int i;

	for (i = 0; i < 100; i++) {
		snprintf(path, sizeof(path), "%s/d%02d", dir, i);
		if (rmdir(path) != 0)
			die("rmdir", path);
	}
}

static void meta(const char *dir, long n)
{
	char path[4096];
	struct stat st;
	long i;
	int fd;

	make_dirs(dir);
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd < 0)
			die("create", path);
		close(fd);
	}
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		if (stat(path, &st) != 0)
			die("stat", path);
		sum += (unsigned long)st.st_size + (st.st_mode & 0777);
	}
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		if (unlink(path) != 0)
			die("unlink", path);
	}
	remove_dirs(dir);
}

static void small(const char *dir, long n)
{
	static char block[1024], back[8192];
	char path[4096];
	long i;
	int fd, k;
	ssize_t r;

	make_dirs(dir);
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			die("create", path);
		for (k = 0; k < 4; k++) {
			memset(block, 'a' + (int)((i + k) % 26), sizeof(block));
			if (write(fd, block, sizeof(block)) != (ssize_t)sizeof(block))
				die("write", path);
		}
		if (close(fd) != 0)
			die("close", path);
	}
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			die("open", path);
		while ((r = read(fd, back, sizeof(back))) > 0)
			sum += (unsigned long)r + (unsigned char)back[r - 1];
		if (r < 0)
			die("read", path);
		close(fd);
	}
	for (i = 0; i < n; i++) {
		name(path, sizeof(path), dir, i);
		if (unlink(path) != 0)
			die("unlink", path);
	}
	remove_dirs(dir);
}

int main(int argc, char **argv)
{
	long n;

	if (argc < 3) {
		fprintf(stderr, "usage: fsops none|meta|small DIR [COUNT]\n");
		return 2;
	}
	n = argc > 3 ? atol(argv[3]) : strcmp(argv[1], "meta") == 0 ? 100000 : 20000;
	if (strcmp(argv[1], "meta") == 0)
		meta(argv[2], n);
	else if (strcmp(argv[1], "small") == 0)
		small(argv[2], n);
	else if (strcmp(argv[1], "none") != 0) {
		fprintf(stderr, "fsops: unknown phase %s\n", argv[1]);
		return 2;
	}
	printf("%s %ld %lu\n", argv[1], n, sum);
	return 0;
}
