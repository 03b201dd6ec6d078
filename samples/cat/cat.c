/*
 * cat.c - copy the named files, or standard input, to standard output.
 * Inside ZeroVM a host file is reached as /dev/ALIAS once zvsh maps it
 * with --zvm-in ALIAS=FILE; "-" names standard input.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int copy(int fd, const char *name)
{
	char buf[65536];
	ssize_t n;

	while ((n = read(fd, buf, sizeof buf)) > 0) {
		char *p = buf;
		while (n > 0) {
			ssize_t w = write(1, p, (size_t)n);
			if (w < 0) {
				if (errno == EINTR)
					continue;
				fprintf(stderr, "cat: write: %s\n", strerror(errno));
				return -1;
			}
			p += w;
			n -= w;
		}
	}
	if (n < 0) {
		fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int status = 0;
	int i;

	if (argc < 2)
		return copy(0, "stdin") ? 1 : 0;
	for (i = 1; i < argc; i++) {
		int fd;

		if (strcmp(argv[i], "-") == 0) {
			if (copy(0, "stdin"))
				status = 1;
			continue;
		}
		fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (copy(fd, argv[i]))
			status = 1;
		close(fd);
	}
	return status;
}
