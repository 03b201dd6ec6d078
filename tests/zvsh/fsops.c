/*
 * fsops.c - file operations named on the command line, for the tests of
 * --zvm-dir ...,sync.  Built with zvm-gcc by tests/zvsh/dir-sync.t.
 *
 *	w PATH TEXT     write TEXT into PATH (created or truncated)
 *	mkdir PATH      rm PATH      rmdir PATH
 *	ln TARGET PATH  (a symbolic link)      chmod OCTAL PATH
 *	mkfifo OCTAL PATH (mode as given: the umask is cleared first)
 *	type PATH       write PATH's type (lstat: file, dir, link, fifo or
 *	                other), its permissions in octal and the d_type its
 *	                directory lists it with, as "fifo 640 fifo"
 *	peek PATH       open PATH as grep -D skip does (O_RDONLY |
 *	                O_NONBLOCK), fstat it and read; write "fifo eof"
 *	                when it is a FIFO at end of file
 *	say TEXT        write TEXT and a newline to standard output
 *	same FD PATH    write "same" or "other" to standard error: whether
 *	                descriptor FD and PATH have one device and inode
 *	wait            read standard input to its end
 *
 * Exits 0, or 1 after a message naming the failed operation.
 */
#include <dirent.h>
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

static const char *type_name(mode_t mode)
{
	if (S_ISREG(mode))
		return "file";
	if (S_ISDIR(mode))
		return "dir";
	if (S_ISLNK(mode))
		return "link";
	if (S_ISFIFO(mode))
		return "fifo";
	return "other";
}

/* The type readdir gives path's entry in its directory. */
static const char *dtype_name(const char *path)
{
	char dir[4096];
	const char *slash = strrchr(path, '/'), *name = slash ? slash + 1 : path;
	const char *t = "missing";
	struct dirent *e;
	DIR *d;

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else if (slash == path)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	d = opendir(dir);
	if (d == NULL)
		return "unlisted";
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, name) != 0)
			continue;
		t = e->d_type == DT_REG	   ? "file"
		    : e->d_type == DT_DIR  ? "dir"
		    : e->d_type == DT_LNK  ? "link"
		    : e->d_type == DT_FIFO ? "fifo"
					   : "other";
	}
	closedir(d);
	return t;
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
		} else if (strcmp(op, "mkfifo") == 0 && i + 2 < argc) {
			umask(0);
			if (mkfifo(argv[i + 2], (mode_t)strtol(argv[i + 1], NULL, 8)) != 0)
				return fail(op, argv[i + 2]);
			i += 3;
		} else if (strcmp(op, "type") == 0 && i + 1 < argc) {
			struct stat st;

			if (lstat(argv[i + 1], &st) != 0)
				return fail(op, argv[i + 1]);
			printf("%s %o %s\n", type_name(st.st_mode), (unsigned)(st.st_mode & 07777),
			       dtype_name(argv[i + 1]));
			i += 2;
		} else if (strcmp(op, "peek") == 0 && i + 1 < argc) {
			struct stat st;
			char buf[64];
			ssize_t n;
			int fd = open(argv[i + 1], O_RDONLY | O_NONBLOCK | O_NOCTTY);

			if (fd < 0 || fstat(fd, &st) != 0)
				return fail(op, argv[i + 1]);
			n = read(fd, buf, sizeof buf);
			printf("%s %s\n", type_name(st.st_mode), n == 0 ? "eof" : "data");
			close(fd);
			i += 2;
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
