/*
 * mmap.c - mmap(2), munmap(2), msync(2), mprotect(2): anonymous memory,
 * private copies of files, shared mappings written back.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	char buf[32], *p, *q, stackvar = 0;
	size_t i;
	int fd, zeros;

	plan(44);
	p = mmap(NULL, 10000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ok(p != MAP_FAILED, "anonymous mmap");
	is_int(0, (uintptr_t)p % 4096, "... page-aligned");
	for (zeros = 1, i = 0; i < 10000; i++)
		zeros &= p[i] == 0;
	ok(zeros, "... zero-filled");
	memset(p, 7, 10000);
	is_int(0, munmap(p, 10000), "munmap");
	is_int(0, munmap(p, 4096), "munmap of what is no longer mapped");

	put_file("/tmp/mm", "mapped file contents");
	fd = open("/tmp/mm", O_RDONLY);
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ok(p != MAP_FAILED, "a private file mapping");
	is_blob("mapped file contents", p, 20, "... holds the file");
	is_int(0, p[20], "... and zeros past its end");
	memcpy(p, "MAPPED", 6);
	is_string("mapped file contents", get_file("/tmp/mm", buf, sizeof(buf)),
		  "writes to it stay private");
	munmap(p, 4096);
	is_errno((long)mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EACCES,
		 "a shared writable mapping of a read-only descriptor");
	close(fd);

	fd = open("/tmp/mm", O_RDWR);
	p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ok(p != MAP_FAILED, "a shared file mapping");
	memcpy(p, "MAPPED", 6);
	is_int(0, msync(p, 4096, MS_SYNC), "msync");
	is_string("MAPPED file contents", get_file("/tmp/mm", buf, sizeof(buf)), "... writes back");
	memcpy(p + 7, "FILE", 4);
	p[100] = 'x';
	is_int(0, munmap(p, 8192), "munmap");
	is_string("MAPPED FILE contents", get_file("/tmp/mm", buf, sizeof(buf)),
		  "... writes back, without growing the file");
	q = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 4096);
	ok(q != MAP_FAILED, "a mapping at an offset past the end");
	is_int(0, q[0], "... reads zeros");
	munmap(q, 4096);

	p = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	is_int(0, munmap(p + 4096, 4096), "munmap of a middle page");
	is_errno(msync(p, 3 * 4096, MS_SYNC), ENOMEM, "msync over the hole");
	is_int(0, msync(p, 4096, MS_ASYNC), "msync of a page still mapped");
	is_int(0, munmap(p, 3 * 4096), "munmap of the rest");

	is_errno((long)mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), EINVAL, "length 0");
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0), EINVAL,
		 "neither MAP_SHARED nor MAP_PRIVATE");
	is_errno((long)mmap((void *)0x10000000, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
		 ENOTSUP, "MAP_FIXED");
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 100), EINVAL, "an offset off a page");
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 99, 0), EBADF, "a closed descriptor");
	close(fd);
	fd = open("/tmp", O_RDONLY);
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0), ENODEV, "a directory");
	close(fd);
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 1, 0), ENODEV, "a sequential channel");
	fd = open("/tmp/mm", O_WRONLY);
	is_errno((long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0), EACCES, "a write-only descriptor");
	close(fd);
	is_errno(munmap((char *)p + 1, 4096), EINVAL, "munmap off a page");
	is_errno(msync((char *)p + 1, 4096, MS_SYNC), EINVAL, "msync off a page");
	is_errno(msync(p, 4096, MS_SYNC | MS_ASYNC), EINVAL, "msync with MS_SYNC|MS_ASYNC");
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	is_int(0, mprotect(p, 4096, PROT_READ), "mprotect");
	is_errno(mprotect(p + 1, 4096, PROT_READ), EINVAL, "mprotect off a page");
	is_errno(mprotect(p, 4096, 0x10), EINVAL, "mprotect with an unknown protection");
	is_int(0, mprotect(p, 0, PROT_NONE), "mprotect of no bytes");
	is_int(0, mprotect(p, 100, PROT_READ | PROT_WRITE), "mprotect of part of a page: the page");
	is_int(0, mprotect((void *)((uintptr_t)&stackvar & ~(uintptr_t)4095), 4096, PROT_READ | PROT_WRITE),
	       "mprotect of the stack");
	is_errno(mprotect((void *)0x1000, 4096, PROT_READ), ENOMEM, "mprotect of the NULL guard: ENOMEM");
	is_errno(mprotect((void *)0xF0000000, 4096, PROT_READ), ENOMEM,
		 "mprotect between heap and stack: ENOMEM");
	is_errno(mprotect(p, (size_t)-4096, PROT_READ), ENOMEM, "mprotect of a range that wraps: ENOMEM");
	is_errno(mprotect((void *)0x200000000, 4096, PROT_READ), ENOMEM,
		 "mprotect above 4 GiB: ENOMEM");
	p[0] = 'w';
	is_int('w', p[0], "... and the memory stays writable (protection is not enforced)");
	is_int(0, posix_madvise(p, 4096, POSIX_MADV_WILLNEED), "posix_madvise");
	return 0;
}
