/*
 * dirent.c - opendir(3)/readdir(3)/rewinddir(3) over ZRT's getdents():
 * ".", "..", the order entries were made in, d_type and d_ino, changes
 * during a listing, big directories.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int getdents(int fd, void *buf, int nbytes);

/* The names in path, in readdir order, joined by spaces. */
static const char *listing(const char *path, char *out, size_t size)
{
	DIR *d = opendir(path);
	struct dirent *e;

	out[0] = '\0';
	if (d == NULL)
		return "(opendir failed)";
	while ((e = readdir(d)) != NULL) {
		if (out[0] != '\0')
			strncat(out, " ", size - strlen(out) - 1);
		strncat(out, e->d_name, size - strlen(out) - 1);
	}
	closedir(d);
	return out;
}

int main(void)
{
	char buf[512], names[64];
	struct dirent *e;
	struct stat st;
	DIR *d;
	int i, n, seen[600], fd;

	plan(20);
	mkdir("/tmp/d", 0755);
	put_file("/tmp/d/zeta", "");
	mkdir("/tmp/d/alpha", 0755);
	symlink("zeta", "/tmp/d/mid");
	is_string(". .. zeta alpha mid", listing("/tmp/d", buf, sizeof(buf)),
		  "\".\", \"..\", then the order entries were made in");

	d = opendir("/tmp/d");
	readdir(d);
	readdir(d);
	e = readdir(d);
	is_string("zeta", e->d_name, "readdir");
	is_int(DT_REG, e->d_type, "... d_type of a file");
	stat("/tmp/d/zeta", &st);
	is_int(st.st_ino, e->d_ino, "... d_ino is st_ino");
	e = readdir(d);
	is_int(DT_DIR, e->d_type, "d_type of a directory");
	e = readdir(d);
	is_int(DT_LNK, e->d_type, "d_type of a link");
	ok(readdir(d) == NULL, "NULL at the end");
	rewinddir(d);
	e = readdir(d);
	is_string(".", e->d_name, "rewinddir starts again");
	closedir(d);

	/* Changes during a listing: a removed entry not yet read is not
	 * returned, a new one is, nothing comes twice.  getdents() with room
	 * for one record at a time, since readdir() reads ahead. */
	fd = open("/tmp/d", O_RDONLY);
	for (i = 0; i < 3; i++)
		getdents(fd, buf, 40);
	unlink("/tmp/d/mid");
	put_file("/tmp/d/new", "");
	names[0] = '\0';
	while (getdents(fd, buf, 40) > 0) {
		strcat(names, ((struct dirent *)buf)->d_name);
		strcat(names, " ");
	}
	is_string("alpha new ", names, "a listing sees removals and additions after its position");
	close(fd);
	unlink("/tmp/d/zeta");
	put_file("/tmp/d/zeta", "");
	is_string(". .. alpha new zeta", listing("/tmp/d", buf, sizeof(buf)), "a name made again goes last");

	mkdir("/tmp/d/big", 0755);
	for (i = 0; i < 600; i++) {
		snprintf(names, sizeof(names), "/tmp/d/big/entry-with-a-longish-name-%03d", i);
		put_file(names, "");
		seen[i] = 0;
	}
	for (i = 0; i < 600; i += 3) {
		snprintf(names, sizeof(names), "/tmp/d/big/entry-with-a-longish-name-%03d", i);
		unlink(names);
	}
	d = opendir("/tmp/d/big");
	n = 0;
	while ((e = readdir(d)) != NULL) {
		int k;

		if (sscanf(e->d_name, "entry-with-a-longish-name-%d", &k) == 1 && k >= 0 && k < 600)
			seen[k]++;
		n++;
	}
	closedir(d);
	for (i = 0; i < 600; i++)
		if (seen[i] != (i % 3 ? 1 : 0))
			break;
	is_int(600, i, "400 entries over many getdents calls, each once");
	is_int(402, n, "... plus \".\" and \"..\"");

	fd = open("/tmp/d", O_RDONLY);
	is_errno(getdents(fd, buf, 10), EINVAL, "getdents into a buffer too small for one entry");
	n = getdents(fd, buf, sizeof(buf));
	ok(n > 0, "getdents");
	is_int(0, ((struct dirent *)buf)->d_reclen % 8, "... records are 8-byte aligned");
	close(fd);
	fd = open("/tmp/d/zeta", O_RDONLY);
	is_errno(getdents(fd, buf, sizeof(buf)), ENOTDIR, "getdents on a file");
	close(fd);

	is_errno_p(opendir("/tmp/d/zeta"), ENOTDIR, "opendir of a file");
	is_errno_p(opendir("/tmp/d/none"), ENOENT, "opendir of a missing name");
	mkdir("/tmp/d/gone", 0755);
	d = opendir("/tmp/d/gone");
	rmdir("/tmp/d/gone");
	ok(readdir(d) == NULL, "a removed directory lists nothing");
	closedir(d);
	fd = open("/tmp/d/alpha", O_RDONLY);
	d = fdopendir(fd);
	ok(d != NULL && readdir(d) != NULL, "fdopendir");
	closedir(d);
	return 0;
}
