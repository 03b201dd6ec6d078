/*
 * wc.c - count lines, words and bytes, like wc(1): of each named file,
 * or of standard input when none is named.  A word is a maximal run of
 * bytes that are not white space.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counts {
	unsigned long long lines, words, bytes;
};

static int count(int fd, const char *name, struct counts *c)
{
	unsigned char buf[65536];
	int inword = 0;
	ssize_t n;

	memset(c, 0, sizeof *c);
	while ((n = read(fd, buf, sizeof buf)) > 0) {
		ssize_t i;

		c->bytes += (unsigned long long)n;
		for (i = 0; i < n; i++) {
			if (buf[i] == '\n')
				c->lines++;
			if (isspace(buf[i])) {
				inword = 0;
			} else if (!inword) {
				inword = 1;
				c->words++;
			}
		}
	}
	if (n < 0) {
		fprintf(stderr, "wc: %s: %s\n", name, strerror(errno));
		return -1;
	}
	return 0;
}

static void show(const struct counts *c, const char *name)
{
	printf("%7llu %7llu %7llu", c->lines, c->words, c->bytes);
	if (name)
		printf(" %s", name);
	putchar('\n');
}

int main(int argc, char **argv)
{
	struct counts c, total = { 0, 0, 0 };
	int status = 0;
	int i;

	if (argc < 2) {
		if (count(0, "stdin", &c))
			return 1;
		show(&c, NULL);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		int fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);

		if (fd < 0) {
			fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (count(fd, argv[i], &c) == 0) {
			show(&c, argv[i]);
			total.lines += c.lines;
			total.words += c.words;
			total.bytes += c.bytes;
		} else {
			status = 1;
		}
		if (fd != 0)
			close(fd);
	}
	if (argc > 2)
		show(&total, "total");
	return status;
}
