/*
 * tarread.c - reads one file whole and prints its size and a checksum,
 * for bench/tarmount.sh: with [fstab] mounting a tar image, the session
 * is the cost of the mount plus one read; without, the baseline.
 *
 *	tarread [FILE]
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	static unsigned char buf[65536];
	unsigned long sum = 0, size = 0;
	ssize_t r, i;
	int fd;

	if (argc < 2) {
		printf("nothing read\n");
		return 0;
	}
	fd = open(argv[1], O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "tarread: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	while ((r = read(fd, buf, sizeof(buf))) > 0) {
		for (i = 0; i < r; i++)
			sum = sum * 31 + buf[i];
		size += (unsigned long)r;
	}
	if (r < 0) {
		fprintf(stderr, "tarread: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	printf("%s %lu %lu\n", argv[1], size, sum);
	return 0;
}
