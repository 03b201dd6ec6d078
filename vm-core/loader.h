/*
 * loader.h - checking a nexe and laying it out in user memory.
 *
 * loader_check() is a pure function of the file bytes so that it can be
 * tested on crafted images and fuzzed.
 */
#ifndef ZVM_LOADER_H
#define ZVM_LOADER_H

#include <stddef.h>
#include <stdint.h>

#define LOADER_MAX_SEGMENTS 16

/* One PT_LOAD segment, validated. */
struct loader_segment {
	uint64_t vaddr;  /* page-aligned start in user memory */
	uint64_t memsz;  /* bytes from vaddr, rounded up to the page */
	uint64_t offset; /* file offset of the bytes copied to p_vaddr */
	uint64_t filesz; /* bytes copied from the file */
	uint64_t copy_to;/* p_vaddr: where the file bytes go */
	int prot;        /* PROT_READ | PROT_WRITE | PROT_EXEC, never W+X */
};

struct loader_image {
	uint64_t entry;
	struct loader_segment seg[LOADER_MAX_SEGMENTS];
	int nseg;
	uint64_t image_end; /* end of the highest segment, rounded to ZVM_PAGE_SIZE */
	uint32_t abi_version;
};

/* Status codes of loader_check(), each with its own message. */
enum loader_status {
	LOADER_OK = 0,
	LOADER_NOT_ELF,       /* no ELF magic, or too short for a header */
	LOADER_NOT_64,        /* ELFCLASS32 or other */
	LOADER_NOT_X86_64,    /* e_machine, data encoding or version */
	LOADER_NOT_EXEC,      /* ET_DYN (PIE or shared object), ET_REL, ... */
	LOADER_DYNAMIC,       /* PT_INTERP or PT_DYNAMIC */
	LOADER_NO_NOTE,       /* no ZeroVM note, or a wrong ABI version */
	LOADER_BAD_SEGMENT,   /* misaligned, overlapping, outside user memory, over the trap page */
	LOADER_WX,            /* a writable and executable segment */
	LOADER_TRUNCATED,     /* headers or segment bytes beyond the end of the file */
	LOADER_TOO_BIG        /* the image does not fit below the stack */
};

/*
 * Check len bytes of a nexe.  On success returns LOADER_OK and fills *img.
 * Otherwise returns the status and writes a one-line reason into err.
 */
enum loader_status loader_check(const unsigned char *data, size_t len, struct loader_image *img,
				char *err, size_t errlen);

#endif
