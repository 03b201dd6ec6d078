/*
 * fifo.c - FIFO nodes in memfs: made by mkfifo, mkfifoat and mknod,
 * reported as FIFOs by stat, lstat, fstat and readdir, renamed, linked
 * and unlinked as files are, and opened as doc/zrt.md says: never
 * waiting: a read-only open succeeds with nobody else there (what
 * grep -D skip and sed -i rely on) and reads with no writer are at end
 * of file; a write-only one fails.  pipe.c has the queue's own rules.
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

/* The d_type readdir gives name in dir, or -1 if it is not listed. */
static int dtype_of(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int t = -1;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, name) == 0)
			t = e->d_type;
	closedir(d);
	return t;
}

int main(void)
{
	struct stat st, st2;
	char buf[16];
	int dfd, r, w;

	plan(44);
	umask(022);
	mkdir("/tmp/f", 0755);

	/* Making them. */
	is_int(0, mkfifo("/tmp/f/a", 0666), "mkfifo");
	is_int(0, lstat("/tmp/f/a", &st), "lstat");
	ok(S_ISFIFO(st.st_mode), "... a FIFO");
	is_int(0644, st.st_mode & 07777, "... mode & ~umask");
	is_int(1, (int)st.st_nlink, "... one link");
	is_int(0, (int)st.st_size, "... size 0");
	is_int(DT_FIFO, dtype_of("/tmp/f", "a"), "readdir: d_type DT_FIFO");
	is_int(0, mknod("/tmp/f/b", S_IFIFO | 0600, 0), "mknod(S_IFIFO)");
	ok(S_ISFIFO(mode_of("/tmp/f/b")), "... a FIFO");
	dfd = open("/tmp/f", O_RDONLY | O_DIRECTORY);
	is_int(0, mkfifoat(dfd, "c", 0640), "mkfifoat");
	is_int(S_IFIFO | 0640, (int)mode_of("/tmp/f/c"), "... a FIFO, in dirfd's directory");
	is_errno(mkfifoat(dfd, "c", 0640), EEXIST, "mkfifoat of an existing name");
	close(dfd);
	is_errno(mknod("/tmp/f/d", S_IFCHR | 0600, 0), EPERM, "mknod of a device");
	is_errno(mkfifo("/tmp/nosuch/a", 0600), ENOENT, "mkfifo in a missing directory");

	/* Renamed, linked, removed as files are. */
	is_int(0, rename("/tmp/f/b", "/tmp/f/b2"), "rename");
	ok(S_ISFIFO(mode_of("/tmp/f/b2")) && access("/tmp/f/b", F_OK) != 0,
	   "... the FIFO has its new name only");
	is_int(0, link("/tmp/f/b2", "/tmp/f/b3"), "link");
	stat("/tmp/f/b2", &st);
	stat("/tmp/f/b3", &st2);
	ok(st.st_ino == st2.st_ino && st.st_nlink == 2, "... one FIFO, two links");
	is_int(0, unlink("/tmp/f/b2"), "unlink");
	is_int(0, unlink("/tmp/f/b3"), "... the other name");
	is_errno(lstat("/tmp/f/b3", &st), ENOENT, "... gone");
	is_int(0, chmod("/tmp/f/c", 0600), "chmod");
	is_int(S_IFIFO | 0600, (int)mode_of("/tmp/f/c"), "... changes the permissions only");

	/* grep -D skip: open for reading without waiting, look, leave. */
	r = open("/tmp/f/a", O_RDONLY | O_NONBLOCK | O_NOCTTY);
	ok(r >= 0, "O_RDONLY | O_NONBLOCK, nobody else there: succeeds");
	is_int(0, fstat(r, &st2), "fstat");
	lstat("/tmp/f/a", &st);
	ok(S_ISFIFO(st2.st_mode) && st2.st_ino == st.st_ino && st2.st_dev == st.st_dev,
	   "... the FIFO's node");
	is_int(0, (int)read(r, buf, sizeof buf), "read, no writer: end of file");
	is_errno(lseek(r, 0, SEEK_SET), ESPIPE, "lseek");
	is_errno(pread(r, buf, 1, 0), ESPIPE, "pread");
	is_int(O_RDONLY | O_NONBLOCK, fcntl(r, F_GETFL) & (O_ACCMODE | O_NONBLOCK), "F_GETFL");

	/* One program holding both ends. */
	w = open("/tmp/f/a", O_WRONLY | O_NONBLOCK);
	ok(w >= 0, "O_WRONLY | O_NONBLOCK with a reader open: succeeds");
	is_int(3, (int)write(w, "abc", 3), "write");
	is_int(0, unlink("/tmp/f/a"), "unlink while open");
	is_int(3, (int)read(r, buf, sizeof buf), "... the queue lives on");
	is_errno(read(r, buf, sizeof buf), EAGAIN, "empty with a writer: EAGAIN (O_NONBLOCK)");
	close(w);
	is_int(0, (int)read(r, buf, sizeof buf), "writer closed: end of file");
	close(r);

	/* No open waits: a reader goes on as if a writer had come and gone,
	 * a writer fails. */
	r = open("/tmp/f/c", O_RDONLY);
	ok(r >= 0, "blocking O_RDONLY, no writer: opens at once");
	is_int(0, (int)read(r, buf, sizeof buf), "... and reads end of file");
	close(r);
	is_errno(open("/tmp/f/c", O_WRONLY | O_NONBLOCK), ENXIO,
		 "O_WRONLY | O_NONBLOCK, no reader: ENXIO");
	is_errno(open("/tmp/f/c", O_WRONLY), EDEADLK, "blocking O_WRONLY, no reader: EDEADLK");
	r = open("/tmp/f/c", O_RDWR | O_TRUNC);
	ok(r >= 0, "O_RDWR (and O_TRUNC, ignored) never waits");
	is_int(0, fstat(r, &st2), "... fstat");
	is_int(S_IFIFO | 0600, (int)st2.st_mode, "... a FIFO");
	is_errno(ftruncate(r, 0), EINVAL, "ftruncate: EINVAL");
	close(r);
	return 0;
}
