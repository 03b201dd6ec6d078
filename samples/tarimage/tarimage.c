/*
 * tarimage.c - list a mounted tar image, copy it to a second mount
 * point and add a file there.  With zvsh:
 *
 *   zvsh --zvm-image in.tar,/data,ro --zvm-image out.tar,/out,wo \
 *        tarimage.nexe /data /out
 *
 * ZRT mounts in.tar at /data; at exit it saves the tree under /out into
 * out.tar, which then holds in.tar's files and ADDED.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ADDED "added-by-tarimage.txt"

static int failed;

static void fail(const char *what, const char *path)
{
	fprintf(stderr, "tarimage: %s %s: %s\n", what, path, strerror(errno));
	failed = 1;
}

static void copy_file(const char *from, const char *to)
{
	char buf[65536];
	ssize_t n;
	int in = open(from, O_RDONLY);
	int out;

	if (in < 0) {
		fail("open", from);
		return;
	}
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (out < 0) {
		fail("create", to);
		close(in);
		return;
	}
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n) {
			fail("write", to);
			break;
		}
	if (n < 0)
		fail("read", from);
	close(in);
	close(out);
}

/* List the tree under SRC (names relative to TOP) and copy it to DST. */
static void walk(const char *top, const char *src, const char *dst)
{
	DIR *d = opendir(src);
	struct dirent *e;

	if (!d) {
		fail("opendir", src);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		char from[1024], to[1024];
		struct stat st;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(from, sizeof from, "%s/%s", src, e->d_name);
		snprintf(to, sizeof to, "%s/%s", dst, e->d_name);
		if (stat(from, &st) < 0) {
			fail("stat", from);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			printf("%s/\n", from + strlen(top) + 1);
			if (mkdir(to, 0755) < 0 && errno != EEXIST)
				fail("mkdir", to);
			walk(top, from, to);
		} else {
			printf("%s %lld\n", from + strlen(top) + 1, (long long)st.st_size);
			copy_file(from, to);
		}
	}
	closedir(d);
}

int main(int argc, char **argv)
{
	char path[1024];
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: tarimage SRC DST\n");
		return 2;
	}
	mkdir(argv[2], 0755);
	walk(argv[1], argv[1], argv[2]);

	snprintf(path, sizeof path, "%s/%s", argv[2], ADDED);
	f = fopen(path, "w");
	if (!f) {
		fail("create", path);
		return 1;
	}
	fprintf(f, "written inside the sandbox\n");
	if (fclose(f) != 0)
		fail("close", path);
	printf("added %s\n", ADDED);
	return failed;
}
