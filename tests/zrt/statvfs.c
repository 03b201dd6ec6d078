/*
 * statvfs.c - statvfs(3) and fstatvfs(3): memfs counts the heap, each
 * mount has its own id.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct statvfs a, b, d;
	char *chunk;
	int fd, p[2];

	plan(20);
	is_int(0, statvfs("/", &a), "statvfs /");
	is_int(4096, a.f_bsize, "... 4 KiB blocks");
	is_int(4096, a.f_frsize, "... of 4 KiB units");
	ok(a.f_blocks > 1000, "... a heap's worth of them (%llu)", (unsigned long long)a.f_blocks);
	ok(a.f_bfree <= a.f_blocks && a.f_bavail == a.f_bfree, "... some free");
	is_int(255, a.f_namemax, "... names up to 255 bytes");
	is_int(0, a.f_flag & ST_RDONLY, "... writable");
	ok(a.f_files > a.f_ffree, "... with files in use");
	/* Used afterwards, so the compiler cannot drop the allocation. */
	chunk = malloc(4 << 20);
	ok(chunk != NULL, "malloc 4 MiB");
	statvfs("/tmp", &b);
	ok(b.f_bfree + 1000 < a.f_bfree, "the heap's growth shows as used blocks (%llu, %llu, %p)",
	   (unsigned long long)a.f_bfree, (unsigned long long)b.f_bfree, (void *)chunk);
	free(chunk);
	is_int(a.f_fsid, b.f_fsid, "/tmp is in the same file system");
	is_int(0, statvfs("/dev/null", &d), "statvfs /dev/null");
	ok(d.f_fsid != a.f_fsid, "... another file system");
	fd = open("/tmp", O_RDONLY);
	is_int(0, fstatvfs(fd, &b), "fstatvfs");
	is_int(a.f_fsid, b.f_fsid, "... the same as statvfs");
	close(fd);
	is_errno(fstatvfs(fd, &b), EBADF, "fstatvfs of a closed descriptor");
	is_errno(statvfs("/none", &b), ENOENT, "statvfs of a missing path");
	is_errno(statvfs("", &b), ENOENT, "statvfs of the empty path");
	pipe(p);
	is_int(0, fstatvfs(p[0], &b), "fstatvfs of a pipe");
	is_int(255, b.f_namemax, "... still says NAME_MAX");
	return 0;
}
