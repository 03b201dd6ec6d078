/*
 * fsops.c - file operations named on the command line, for the tests of
 * --zvm-dir ...,sync.  Built with zvm-gcc by tests/zvsh/dir-sync.t.
 *
 *	w PATH TEXT     write TEXT into PATH (created or truncated)
 *	mkdir PATH      rm PATH      rmdir PATH
 *	ln TARGET PATH  (a symbolic link)      chmod OCTAL PATH
 *	say TEXT        write TEXT and a newline to standard output
 *	same FD PATH    write "same" or "other" to standard error: whether
 *	                descriptor FD and PATH have one device and inode
 *	wait            read standard input to its end
 *
 * Exits 0, or 1 after a message naming the failed operation.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(const char *op, const char *path)
{
	perror(path);
	fprintf(stderr, "fsops: %s failed\n", op);
	return 1;
}

int main(int argc, char **argv)
{
	int i = 1;

	while (i < argc) {
		const char *op = argv[i];

		if (strcmp(op, "w") == 0 && i + 2 < argc) {
			int fd = open(argv[i + 1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
			size_t n = strlen(argv[i + 2]);

			if (fd < 0 || write(fd, argv[i + 2], n) != (ssize_t)n || close(fd) != 0)
				return fail(op, argv[i + 1]);
			i += 3;
		} else if (strcmp(op, "mkdir") == 0 && i + 1 < argc) {
			if (mkdir(argv[i + 1], 0755) != 0)
				return fail(op, argv[i + 1]);
			i += 2;
		} else if (strcmp(op, "rm") == 0 && i + 1 < argc) {
			if (unlink(argv[i + 1]) != 0)
				return fail(op, argv[i + 1]);
			i += 2;
		} else if (strcmp(op, "rmdir") == 0 && i + 1 < argc) {
			if (rmdir(argv[i + 1]) != 0)
				return fail(op, argv[i + 1]);
			i += 2;
		} else if (strcmp(op, "ln") == 0 && i + 2 < argc) {
			if (symlink(argv[i + 1], argv[i + 2]) != 0)
				return fail(op, argv[i + 2]);
			i += 3;
		} else if (strcmp(op, "chmod") == 0 && i + 2 < argc) {
			if (chmod(argv[i + 2], (mode_t)strtol(argv[i + 1], NULL, 8)) != 0)
				return fail(op, argv[i + 2]);
			i += 3;
		} else if (strcmp(op, "say") == 0 && i + 1 < argc) {
			if (printf("%s\n", argv[i + 1]) < 0 || fflush(stdout) != 0)
				return fail(op, "stdout");
			i += 2;
		} else if (strcmp(op, "same") == 0 && i + 2 < argc) {
			struct stat a, b;

			if (fstat(atoi(argv[i + 1]), &a) != 0)
				return fail(op, argv[i + 1]);
			if (stat(argv[i + 2], &b) != 0)
				return fail(op, argv[i + 2]);
			fprintf(stderr, "%s\n",
				a.st_dev == b.st_dev && a.st_ino == b.st_ino ? "same" : "other");
			i += 3;
		} else if (strcmp(op, "wait") == 0) {
			char buf[256];

			while (read(0, buf, sizeof buf) > 0)
				;
			i++;
		} else {
			fprintf(stderr, "fsops: bad operation '%s'\n", op);
			return 2;
		}
	}
	return 0;
}
