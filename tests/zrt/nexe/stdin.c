/*
 * stdin.c - prints what standard input looks like from inside: its file
 * type, st_size, where lseek(SEEK_END) lands (or the errno it fails
 * with) and how many bytes a read to the end gets, on one line:
 *
 *	reg 11 11 11      fifo 0 ESPIPE 3      chr 0 ESPIPE 0
 *
 * stdin.t runs it with stdin from a file, a pipe and /dev/null, through
 * zerovm's manifests and through zvsh.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *type_of(mode_t m)
{
	if (S_ISREG(m))
		return "reg";
	if (S_ISFIFO(m))
		return "fifo";
	if (S_ISCHR(m))
		return "chr";
	return "other";
}

int main(void)
{
	char buf[4096];
	struct stat st;
	long long total = 0;
	off_t end;
	ssize_t n;

	if (fstat(0, &st) != 0) {
		perror("fstat");
		return 1;
	}
	printf("%s %lld ", type_of(st.st_mode), (long long)st.st_size);
	end = lseek(0, 0, SEEK_END);
	if (end >= 0)
		printf("%lld ", (long long)end);
	else
		printf("%s ", errno == ESPIPE ? "ESPIPE" : "error");
	if (end > 0 && lseek(0, 0, SEEK_SET) != 0) {
		perror("lseek");
		return 1;
	}
	while ((n = read(0, buf, sizeof buf)) > 0)
		total += n;
	if (n < 0) {
		perror("read");
		return 1;
	}
	printf("%lld\n", total);
	return 0;
}
