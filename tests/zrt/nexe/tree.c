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
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
		}
	}
	closedir(dir);
}

int main(int argc, char **argv)
{
	char path[PATH_MAX];
	int fd;

	if (argc < 2)
		return 2;
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
