/*
 * tarlist.c - list a tar image read from stdin with the sysroot's
 * libarchive (and zlib, for .tar.gz): one line per entry, in the terms
 * of `tar -tv`:
 *
 *   TYPE SIZE NAME [-> SYMLINK-TARGET | link to HARDLINK-TARGET]
 *
 * where TYPE is the first letter of tar's mode column.  Every entry's data
 * is read through and must be as long as its header says.  A damaged or
 * truncated image prints "tarlist: <why>" on stderr and exits 1.
 *
 * libarchive.t builds it and compares its output with GNU tar's.  The
 * whole input is read into memory first: ZRT has no file system yet, and
 * archive_read_open_memory() is how ZRT itself will read tar images.
 */
#include <archive.h>
#include <archive_entry.h>
#include <inttypes.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void fail(const char *what)
{
	fprintf(stderr, "tarlist: %s\n", what != NULL ? what : "unknown error");
	exit(1);
}

/* All of descriptor 0, in one growing heap block. */
static char *slurp(size_t *len)
{
	size_t cap = 64 * 1024, n = 0;
	char *buf = malloc(cap);
	ssize_t r;

	if (buf == NULL)
		fail("out of memory");
	while ((r = read(0, buf + n, cap - n)) > 0) {
		n += (size_t)r;
		if (n == cap) {
			char *bigger = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);

			if (bigger == NULL)
				fail("out of memory");
			buf = bigger;
			cap *= 2;
		}
	}
	if (r < 0)
		fail("cannot read stdin");
	*len = n;
	return buf;
}

static char type_letter(struct archive_entry *e)
{
	if (archive_entry_hardlink(e) != NULL)
		return 'h';
	switch (archive_entry_filetype(e)) {
	case AE_IFREG:
		return '-';
	case AE_IFDIR:
		return 'd';
	case AE_IFLNK:
		return 'l';
	case AE_IFCHR:
		return 'c';
	case AE_IFBLK:
		return 'b';
	case AE_IFIFO:
		return 'p';
	default:
		return '?';
	}
}

/* Reads the entry's data and returns how many bytes there were. */
static int64_t data_length(struct archive *a)
{
	const void *block;
	size_t size;
	la_int64_t offset;
	int64_t total = 0;
	int r;

	while ((r = archive_read_data_block(a, &block, &size, &offset)) == ARCHIVE_OK)
		total += (int64_t)size;
	if (r != ARCHIVE_EOF)
		fail(archive_error_string(a));
	return total;
}

int main(void)
{
	struct archive *a;
	struct archive_entry *e;
	size_t len;
	char *image;
	int r;

	/* Names in pax headers are UTF-8; newlib's "C" locale cannot hold them. */
	setlocale(LC_CTYPE, "C.UTF-8");
	image = slurp(&len);

	a = archive_read_new();
	if (a == NULL)
		fail("archive_read_new failed");
	/* The tar reader takes ustar, pax and GNU; gzip is zlib's. */
	if (archive_read_support_format_tar(a) != ARCHIVE_OK ||
	    archive_read_support_filter_gzip(a) != ARCHIVE_OK)
		fail(archive_error_string(a));
	if (archive_read_open_memory(a, image, len) != ARCHIVE_OK)
		fail(archive_error_string(a));

	while ((r = archive_read_next_header(a, &e)) != ARCHIVE_EOF) {
		int64_t size;

		if (r == ARCHIVE_WARN)
			fprintf(stderr, "tarlist: warning: %s\n", archive_error_string(a));
		else if (r != ARCHIVE_OK)
			fail(archive_error_string(a));
		size = archive_entry_size(e);
		printf("%c %" PRId64 " %s", type_letter(e), size, archive_entry_pathname(e));
		if (archive_entry_hardlink(e) != NULL)
			printf(" link to %s", archive_entry_hardlink(e));
		else if (archive_entry_filetype(e) == AE_IFLNK)
			printf(" -> %s", archive_entry_symlink(e));
		putchar('\n');
		if (data_length(a) != size) {
			fprintf(stderr, "tarlist: %s: data is not %" PRId64 " bytes long\n",
				archive_entry_pathname(e), size);
			return 1;
		}
	}
	if (archive_read_free(a) != ARCHIVE_OK)
		fail("archive_read_free failed");
	free(image);
	return fflush(stdout) == 0 ? 0 : 1;
}
