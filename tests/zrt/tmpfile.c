/*
 * tmpfile.c - newlib's tmpfile(3), mkstemp(3), mkdtemp(3) and tmpnam(3)
 * over ZRT's open, stat, mkdir and unlink.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

/* Entries in /tmp other than "." and "..". */
static int tmp_entries(void)
{
	DIR *d = opendir("/tmp");
	struct dirent *e;
	int n = 0;

	while (d != NULL && (e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	if (d != NULL)
		closedir(d);
	return n;
}

int main(void)
{
	char t1[] = "/tmp/fileXXXXXX", t2[] = "/tmp/fileXXXXXX", td[] = "/tmp/dirXXXXXX";
	char bad[] = "/tmp/fileXXX", buf[32];
	struct stat st;
	FILE *f;
	int fd1, fd2;

	plan(18);
	is_int(0, tmp_entries(), "/tmp starts empty");
	f = tmpfile();
	ok(f != NULL, "tmpfile");
	is_int(0, tmp_entries(), "... leaves no name behind");
	fputs("temporary", f);
	rewind(f);
	ok(fgets(buf, sizeof(buf), f) != NULL, "... can be read back");
	is_string("temporary", buf, "... what was written");
	is_int(0, fclose(f), "... and closed");

	fd1 = mkstemp(t1);
	ok(fd1 >= 0, "mkstemp");
	ok(strncmp(t1, "/tmp/file", 9) == 0 && strcmp(t1 + 9, "XXXXXX") != 0, "... fills in the Xs (%s)", t1);
	fstat(fd1, &st);
	is_int(S_IFREG | 0600, st.st_mode, "... a private file");
	fd2 = mkstemp(t2);
	ok(fd2 >= 0 && strcmp(t1, t2) != 0, "a second mkstemp gets another name");
	is_int(2, tmp_entries(), "... two files in /tmp");
	is_int(3, write(fd1, "abc", 3), "the file is open for writing");
	is_int(3, pread(fd1, buf, 3, 0), "... and reading");
	close(fd1);
	close(fd2);
	unlink(t1);
	unlink(t2);
	is_errno(mkstemp(bad), EINVAL, "mkstemp with too few Xs");

	ok(mkdtemp(td) != NULL, "mkdtemp");
	stat(td, &st);
	is_int(S_IFDIR | 0700, st.st_mode, "... a private directory");
	rmdir(td);
	ok(tmpnam(buf) != NULL && strncmp(buf, "/tmp/", 5) == 0, "tmpnam names a file in /tmp (%s)", buf);
	is_errno(access(buf, F_OK), ENOENT, "... that does not exist");
	return 0;
}
