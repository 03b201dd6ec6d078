/*
 * seekin.c - operations on standard input named on the command line, for
 * tests/zvsh/stdin-seek.t.  Built with zvm-gcc by the test.
 *
 *	stat            print "reg SIZE", "fifo SIZE", "chr SIZE" (fstat)
 *	tell            print the offset (lseek SEEK_CUR) or "ESPIPE"
 *	read N          read(2) up to N bytes; print them in brackets
 *	pread N OFF     pread(2) N bytes at OFF; print them in brackets
 *	seek N          lseek(0, N, SEEK_SET)
 *	line            what grep -m1 and head -n1 do: read a large block,
 *	                print its first line and seek back to just after it
 *	fgets           read one line with stdio and print it (exit() then
 *	                seeks back over what stdio read ahead)
 *	close           close(0)
 *	report TEXT     write TEXT to /dev/stdin-offset (as a hostile
 *	                program could: "\n" in TEXT is a newline)
 *	zexit N         end at once with zvm_exit(N), without ZRT's exit
 *	crash           write to address 0
 *	spin            loop for ever
 *
 * Exits 0, or 1 after a message naming the failed operation.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zvm.h>

static char buf[1 << 16];

static int fail(const char *op)
{
	fprintf(stderr, "seekin: %s: %s\n", op, strerror(errno));
	return 1;
}

static void print_bytes(const char *p, ssize_t n)
{
	printf("[%.*s]\n", (int)n, p);
}

int main(int argc, char **argv)
{
	int i = 1;

	setvbuf(stdout, NULL, _IOLBF, 0);
	while (i < argc) {
		const char *op = argv[i];

		if (strcmp(op, "stat") == 0) {
			struct stat st;

			if (fstat(0, &st) != 0)
				return fail(op);
			printf("%s %lld\n",
			       S_ISREG(st.st_mode)    ? "reg"
			       : S_ISFIFO(st.st_mode) ? "fifo"
			       : S_ISCHR(st.st_mode)  ? "chr"
						      : "other",
			       (long long)st.st_size);
			i++;
		} else if (strcmp(op, "tell") == 0) {
			off_t at = lseek(0, 0, SEEK_CUR);

			if (at < 0 && errno != ESPIPE)
				return fail(op);
			if (at < 0)
				printf("ESPIPE\n");
			else
				printf("%lld\n", (long long)at);
			i++;
		} else if (strcmp(op, "read") == 0 && i + 1 < argc) {
			ssize_t n = read(0, buf, (size_t)atoi(argv[i + 1]));

			if (n < 0)
				return fail(op);
			print_bytes(buf, n);
			i += 2;
		} else if (strcmp(op, "pread") == 0 && i + 2 < argc) {
			ssize_t n = pread(0, buf, (size_t)atoi(argv[i + 1]), atoll(argv[i + 2]));

			if (n < 0)
				return fail(op);
			print_bytes(buf, n);
			i += 3;
		} else if (strcmp(op, "seek") == 0 && i + 1 < argc) {
			if (lseek(0, atoll(argv[i + 1]), SEEK_SET) < 0)
				return fail(op);
			i += 2;
		} else if (strcmp(op, "line") == 0) {
			ssize_t n = read(0, buf, sizeof buf), len;
			char *nl;

			if (n < 0)
				return fail(op);
			nl = memchr(buf, '\n', (size_t)n);
			len = nl ? nl - buf + 1 : n;
			fwrite(buf, 1, (size_t)len, stdout);
			if (len < n && lseek(0, len - n, SEEK_CUR) < 0)
				return fail(op);
			i++;
		} else if (strcmp(op, "fgets") == 0) {
			if (fgets(buf, sizeof buf, stdin) == NULL)
				return fail(op);
			fputs(buf, stdout);
			i++;
		} else if (strcmp(op, "close") == 0) {
			if (close(0) != 0)
				return fail(op);
			i++;
		} else if (strcmp(op, "report") == 0 && i + 1 < argc) {
			int fd = open("/dev/stdin-offset", O_WRONLY);
			char text[256];
			size_t n = 0;
			const char *s;
			ssize_t w;

			for (s = argv[i + 1]; *s != '\0' && n < sizeof text; s++) {
				if (s[0] == '\\' && s[1] == 'n')
					text[n++] = '\n', s++;
				else
					text[n++] = *s;
			}
			if (fd < 0 || (w = write(fd, text, n)) < 0)
				return fail(op);
			/* The channel's quota may cut it short: say so, go on. */
			if ((size_t)w < n)
				fprintf(stderr, "seekin: report: %zd of %zu bytes written\n", w, n);
			i += 2;
		} else if (strcmp(op, "zexit") == 0 && i + 1 < argc) {
			fflush(stdout);
			zvm_exit(atoi(argv[i + 1]));
		} else if (strcmp(op, "crash") == 0) {
			fflush(stdout);
			*(volatile int *)0 = 1;
			i++;
		} else if (strcmp(op, "spin") == 0) {
			fflush(stdout);
			for (;;)
				__asm__ volatile("");
		} else {
			fprintf(stderr, "seekin: bad operation %s\n", op);
			return 1;
		}
	}
	return 0;
}
