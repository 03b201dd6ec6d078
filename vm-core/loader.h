/*
 * loader.h - checking a nexe and laying it out in user memory.
 *
 * loader_check() is a pure function of the file bytes so that it can be
 * tested on crafted images and fuzzed: it does no I/O, never exits, never
 * prints and keeps no state.  What it accepts is DESIGN.md section 4: a
 * static, non-PIE ELF64 x86-64 executable carrying the ZeroVM ABI note,
 * whose PT_LOAD segments fit in [ZVM_TEXT_ADDR, ZVM_HEAP_LIMIT).
 */
#ifndef ZVM_LOADER_H
#define ZVM_LOADER_H

#include <stddef.h>
#include <stdint.h>

#define LOADER_MAX_SEGMENTS 16
#define LOADER_MAX_PHNUM    64

/*
 * Segments are copied into anonymous mappings, not mapped from the file, so
 * p_vaddr and p_offset need not agree modulo a page.  Each segment is
 * rounded out to the host page (4 KiB on x86-64), the unit mprotect() works
 * in; no two segments may share one, so each page has exactly one
 * protection.
 */
#define LOADER_PAGE_SIZE 0x1000ULL

/* One PT_LOAD segment, validated. */
struct loader_segment {
	uint64_t vaddr;	  /* start in user memory, LOADER_PAGE_SIZE-aligned */
	uint64_t memsz;	  /* bytes mapped from vaddr, a multiple of LOADER_PAGE_SIZE */
	uint64_t offset;  /* file offset of the bytes copied to copy_to */
	uint64_t filesz;  /* bytes copied from the file; the rest is zero */
	uint64_t copy_to; /* p_vaddr: where the file bytes go, inside [vaddr, vaddr + memsz) */
	int prot;	  /* PROT_READ | PROT_WRITE | PROT_EXEC, never W+X */
	int phdr;	  /* index of its program header, for messages */
};

/* A checked nexe: what the supervisor copies where, and where it starts. */
struct loader_image {
	/* Inside the file bytes of an executable segment. */
	uint64_t entry;
	/* Sorted by vaddr and disjoint, even when rounded out to pages. */
	struct loader_segment seg[LOADER_MAX_SEGMENTS];
	/* 1..LOADER_MAX_SEGMENTS; empty PT_LOADs are left out. */
	int nseg;
	/* End of the highest segment, rounded up to ZVM_PAGE_SIZE: the heap
	 * starts here.  Never above ZVM_HEAP_LIMIT. */
	uint64_t image_end;
	/* From the ZeroVM note; always ZVM_ABI_VERSION today. */
	uint32_t abi_version;
};

/* Status codes of loader_check(), each with its own message. */
enum loader_status {
	LOADER_OK = 0,
	LOADER_NOT_ELF,	    /* no ELF magic */
	LOADER_NOT_64,	    /* ELFCLASS32 or other */
	LOADER_NOT_X86_64,  /* e_machine, or big-endian data encoding */
	LOADER_NOT_EXEC,    /* ET_DYN (PIE or shared object), ET_REL, ... */
	LOADER_DYNAMIC,	    /* PT_INTERP or PT_DYNAMIC */
	LOADER_NO_NOTE,	    /* no ZeroVM ABI note */
	LOADER_BAD_SEGMENT, /* overlapping, outside user memory, over the trap page or NULL guard,
			       p_filesz > p_memsz, no or too many PT_LOAD */
	LOADER_WX,	    /* a writable and executable segment */
	LOADER_TRUNCATED,   /* headers or segment bytes beyond the end of the file */
	LOADER_TOO_BIG,	    /* a segment runs past ZVM_HEAP_LIMIT */
	LOADER_BAD_HEADER,  /* ELF version, e_phentsize, e_phnum, e_phoff or e_entry */
	LOADER_BAD_NOTE,    /* a malformed note, or a malformed or repeated ZeroVM note */
	LOADER_BAD_ABI,	    /* the ZeroVM note names another ABI version */
	LOADER_UNSUPPORTED  /* PT_TLS, or an executable stack (PT_GNU_STACK with PF_X) */
};

/*
 * Check len bytes of a nexe.  On success returns LOADER_OK, fills *img and
 * leaves err empty.  Otherwise returns the status, zeroes *img and writes a
 * one-line reason without a trailing newline into err (always
 * NUL-terminated when errlen > 0; err may be NULL when errlen is 0).
 * "segment N" in a reason is the program header's index, counted from 0 as
 * `readelf -l` counts them.
 */
enum loader_status loader_check(const unsigned char *data, size_t len, struct loader_image *img,
				char *err, size_t errlen);

#endif
