/*
 * tree.c - lists the tree below a directory, one line per file, in the
 * terms tests/zrt/tar.t gets from the host's find(1):
 *
 *	TYPE PERM SIZE MTIME NLINK PATH [-> TARGET]
 *
 * TYPE is f, d, l or p; SIZE and NLINK are "-" for directories; PATH
 * starts with "./".  Lines come in readdir order (the test sorts them).
 * With a second argument, it then tries to create DIR/new and prints
 * "create: ok" or "create: EROFS" (or the errno number).
 *
 *	tree DIR sum PATH...
 *
 * prints "sum PATH SIZE CRC32" for each file DIR/PATH (CRC32 as zlib
 * and Python's zlib.crc32 compute it, in hex) instead of the listing;
 *
 *	tree DIR sums
 *
 * prints the listing and such a line for every regular file in it.
 *
 *	tree DIR edit PATH
 *
 * changes DIR/PATH (at least 2 bytes long) in the ways that make memfs
 * copy a file it reads from its tar image into memory: it overwrites
 * byte 1 with 'X', appends "+end" and truncates the file to 5 bytes,
 * printing the file's sum after each step.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static int sums; /* "tree DIR sums" */
static void sum(const char *top, const char *rel);

static void list(const char *top, const char *rel)
{
	char path[PATH_MAX], sub[PATH_MAX], target[PATH_MAX];
	struct dirent *d;
	struct stat st;
	DIR *dir;

	snprintf(path, sizeof(path), "%s/%s", top, rel);
	dir = opendir(path);
	if (dir == NULL) {
		printf("opendir %s: %s\n", path, strerror(errno));
		return;
	}
	while ((d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		if (snprintf(sub, sizeof(sub), "%s/%s", rel, d->d_name) >= (int)sizeof(sub) ||
		    snprintf(path, sizeof(path), "%s/%s", top, sub) >= (int)sizeof(path)) {
			printf("too long: %s\n", d->d_name);
			continue;
		}
		if (lstat(path, &st) != 0) {
			printf("lstat %s: %s\n", path, strerror(errno));
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			printf("d %o - %lld - %s\n", (unsigned)(st.st_mode & 07777),
			       (long long)st.st_mtime, sub);
			list(top, sub);
		} else if (S_ISLNK(st.st_mode)) {
			ssize_t n = readlink(path, target, sizeof(target) - 1);

			target[n < 0 ? 0 : n] = '\0';
			printf("l %o %lld %lld %u %s -> %s\n", (unsigned)(st.st_mode & 07777),
			       (long long)st.st_size, (long long)st.st_mtime,
			       (unsigned)st.st_nlink, sub, target);
		} else {
			printf("%c %o %lld %lld %u %s\n", S_ISFIFO(st.st_mode) ? 'p' : 'f',
			       (unsigned)(st.st_mode & 07777), (long long)st.st_size,
			       (long long)st.st_mtime, (unsigned)st.st_nlink, sub);
			if (sums && S_ISREG(st.st_mode))
				sum(top, sub);
		}
	}
	closedir(dir);
}

static void sum(const char *top, const char *rel)
{
	static unsigned char buf[1 << 16];
	char path[PATH_MAX];
	unsigned long crc = crc32(0L, Z_NULL, 0);
	long long size = 0;
	ssize_t r;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", top, rel);
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		printf("sum %s: %s\n", rel, strerror(errno));
		return;
	}
	while ((r = read(fd, buf, sizeof(buf))) > 0) {
		crc = crc32(crc, buf, (uInt)r);
		size += r;
	}
	if (r < 0)
		printf("sum %s: read: %s\n", rel, strerror(errno));
	else
		printf("sum %s %lld %08lx\n", rel, size, crc);
	close(fd);
}

static void edit(const char *top, const char *rel)
{
	char path[PATH_MAX];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", top, rel);
	fd = open(path, O_WRONLY);
	if (fd < 0 || pwrite(fd, "X", 1, 1) != 1)
		printf("edit %s: write: %s\n", rel, strerror(errno));
	sum(top, rel);
	if (fd >= 0)
		close(fd);
	fd = open(path, O_WRONLY | O_APPEND);
	if (fd < 0 || write(fd, "+end", 4) != 4)
		printf("edit %s: append: %s\n", rel, strerror(errno));
	sum(top, rel);
	if (fd >= 0)
		close(fd);
	if (truncate(path, 5) != 0)
		printf("edit %s: truncate: %s\n", rel, strerror(errno));
	sum(top, rel);
}

int main(int argc, char **argv)
{
	char path[PATH_MAX];
	int fd, i;

	if (argc < 2)
		return 2;
	if (argc > 2 && strcmp(argv[2], "sum") == 0) {
		for (i = 3; i < argc; i++)
			sum(argv[1], argv[i]);
		return 0;
	}
	if (argc == 3 && strcmp(argv[2], "sums") == 0) {
		sums = 1;
		list(argv[1], ".");
		return 0;
	}
	if (argc > 3 && strcmp(argv[2], "edit") == 0) {
		edit(argv[1], argv[3]);
		return 0;
	}
	list(argv[1], ".");
	if (argc > 2) {
		snprintf(path, sizeof(path), "%s/new", argv[1]);
		fd = open(path, O_WRONLY | O_CREAT, 0644);
		if (fd >= 0)
			printf("create: ok\n");
		else
			printf("create: %s\n", errno == EROFS ? "EROFS" : strerror(errno));
		if (fd >= 0)
			close(fd);
	}
	return 0;
}
