/*
 * fuzz-elf.c - libFuzzer harness for loader_check().
 *
 * The sanitizers catch bad reads and undefined arithmetic; this file adds
 * what they cannot see: an accepted image must keep every promise the
 * supervisor relies on when it copies segments into user memory, and a
 * refused one must say why in one line.  A broken promise aborts, which
 * libFuzzer reports as a crash with the input that caused it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "loader.h"
#include "zvm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void broken(const char *what)
{
	fprintf(stderr, "fuzz-elf: broken invariant: %s\n", what);
	abort();
}

static void check_image(const struct loader_image *img, size_t size)
{
	const struct loader_segment *s, *prev = NULL;
	int k, entry_ok = 0;

	if (img->nseg < 1 || img->nseg > LOADER_MAX_SEGMENTS)
		broken("segment count out of range");
	if (img->abi_version != ZVM_ABI_VERSION)
		broken("accepted another ABI version");
	for (k = 0; k < img->nseg; k++) {
		s = &img->seg[k];
		if (s->memsz == 0 || s->vaddr % LOADER_PAGE_SIZE || s->memsz % LOADER_PAGE_SIZE)
			broken("segment not in whole pages");
		if (s->vaddr < ZVM_TEXT_ADDR || s->vaddr >= ZVM_HEAP_LIMIT ||
		    s->memsz > ZVM_HEAP_LIMIT - s->vaddr)
			broken("segment outside [ZVM_TEXT_ADDR, ZVM_HEAP_LIMIT)");
		if (prev != NULL && prev->vaddr + prev->memsz > s->vaddr)
			broken("segments unsorted or overlapping");
		if ((s->prot & (PROT_WRITE | PROT_EXEC)) == (PROT_WRITE | PROT_EXEC))
			broken("W+X segment");
		if (s->prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
			broken("unknown protection bits");
		if (s->offset > size || s->filesz > size - s->offset)
			broken("file bytes beyond the end of the input");
		if (s->copy_to < s->vaddr || s->filesz > s->vaddr + s->memsz - s->copy_to)
			broken("file bytes copied outside the segment");
		if ((s->prot & PROT_EXEC) && img->entry >= s->copy_to &&
		    img->entry - s->copy_to < s->filesz)
			entry_ok = 1;
		prev = s;
	}
	if (!entry_ok)
		broken("entry outside every executable segment");
	if (img->image_end % ZVM_PAGE_SIZE || img->image_end > ZVM_HEAP_LIMIT ||
	    img->image_end < prev->vaddr + prev->memsz)
		broken("image_end wrong");
}

/* Field by field: the structures have padding. */
static int same_image(const struct loader_image *a, const struct loader_image *b)
{
	const struct loader_segment *x, *y;
	int k;

	if (a->entry != b->entry || a->nseg != b->nseg || a->image_end != b->image_end ||
	    a->abi_version != b->abi_version)
		return 0;
	for (k = 0; k < a->nseg && k < LOADER_MAX_SEGMENTS; k++) {
		x = &a->seg[k];
		y = &b->seg[k];
		if (x->vaddr != y->vaddr || x->memsz != y->memsz || x->offset != y->offset ||
		    x->filesz != y->filesz || x->copy_to != y->copy_to || x->prot != y->prot ||
		    x->phdr != y->phdr)
			return 0;
	}
	return 1;
}

static void check_message(enum loader_status st, const char *err)
{
	if (st == LOADER_OK) {
		if (err[0] != '\0')
			broken("a message on success");
		return;
	}
	if (st > LOADER_UNSUPPORTED)
		broken("unknown status");
	if (err[0] == '\0')
		broken("a refusal without a message");
	if (strchr(err, '\n') != NULL)
		broken("a message of more than one line");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct loader_image img, again;
	enum loader_status st;
	char err[512], tiny[4];

	st = loader_check(data, size, &img, err, sizeof(err));
	check_message(st, err);
	if (st == LOADER_OK)
		check_image(&img, size);

	/* Same input, same answer (the function keeps no state), even when
	 * the message is cut short or not wanted. */
	if (loader_check(data, size, &again, tiny, sizeof(tiny)) != st)
		broken("a different status with a short message buffer");
	if (memchr(tiny, '\0', sizeof(tiny)) == NULL)
		broken("a short message buffer left unterminated");
	if (loader_check(data, size, &again, NULL, 0) != st)
		broken("a different status without a message buffer");
	if (!same_image(&img, &again))
		broken("a different image on the same input");
	return 0;
}
