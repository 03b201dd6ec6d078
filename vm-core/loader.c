/*
 * loader.c - deciding whether a file is a nexe this VM can run, and where
 * its segments go in user memory.
 *
 * The file comes from outside the trust boundary, so this is written for
 * hostile input: headers are copied out with memcpy (no alignment or
 * aliasing assumptions about the caller's buffer), every offset and size is
 * checked against the file length with overflow-checked arithmetic before
 * it is used, and every loop is bounded by a count already range-checked.
 * Section headers are never read: loading needs only program headers, and
 * ignoring sections leaves less to get wrong.
 *
 * The checks run from the most general to the most specific (is it ELF, is
 * it for this machine, is it static, is it a ZeroVM nexe, do its segments
 * fit), so an ordinary Linux binary is told what it is rather than which
 * of its addresses happens to be wrong.
 */
#include "loader.h"

#include <elf.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "zvm.h"

/* Fields are used in host byte order once ELFDATA2LSB is checked; zerovm
 * runs only on x86-64, so that is the file's order too. */
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "loader.c reads little-endian ELF fields in host byte order"
#endif

/* The input and where to report, passed down to every stage. */
struct check {
	const unsigned char *data;
	size_t len;
	char *err;
	size_t errlen;
};

static enum loader_status fail(struct check *c, enum loader_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum loader_status fail(struct check *c, enum loader_status st, const char *fmt, ...)
{
	va_list ap;

	if (c->errlen > 0) {
		va_start(ap, fmt);
		vsnprintf(c->err, c->errlen, fmt, ap);
		va_end(ap);
	}
	return st;
}

/* Round v up to a power-of-two alignment; nonzero if that overflows. */
static int round_up(uint64_t v, uint64_t align, uint64_t *out)
{
	if (__builtin_add_overflow(v, align - 1, out))
		return 1;
	*out &= ~(align - 1);
	return 0;
}

/* The caller has checked that the whole program header table is in the
 * file. */
static void read_phdr(const struct check *c, const Elf64_Ehdr *eh, unsigned i, Elf64_Phdr *ph)
{
	memcpy(ph, c->data + eh->e_phoff + (uint64_t)i * sizeof(*ph), sizeof(*ph));
}

static enum loader_status check_ident(struct check *c)
{
	const unsigned char *id = c->data;

	if (c->len < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0)
		return fail(c, LOADER_NOT_ELF, "not an ELF file");
	if (c->len < EI_NIDENT)
		return fail(c, LOADER_TRUNCATED,
			    "truncated: the ELF identification needs %d bytes but the file has %zu",
			    EI_NIDENT, c->len);
	if (id[EI_CLASS] == ELFCLASS32)
		return fail(c, LOADER_NOT_64, "32-bit ELF; nexes are 64-bit");
	if (id[EI_CLASS] != ELFCLASS64)
		return fail(c, LOADER_NOT_64, "ELF class %u is unknown; nexes are 64-bit",
			    id[EI_CLASS]);
	if (id[EI_DATA] == ELFDATA2MSB)
		return fail(c, LOADER_NOT_X86_64, "big-endian ELF; nexes are little-endian x86-64");
	if (id[EI_DATA] != ELFDATA2LSB)
		return fail(c, LOADER_NOT_X86_64,
			    "ELF data encoding %u is unknown; nexes are little-endian x86-64",
			    id[EI_DATA]);
	if (id[EI_VERSION] != EV_CURRENT)
		return fail(c, LOADER_BAD_HEADER, "ELF identification version %u; only %d exists",
			    id[EI_VERSION], EV_CURRENT);
	/* EI_OSABI is left alone: ld marks a static binary that uses IFUNC
	 * as ELFOSABI_GNU, and the loader does not care either way. */
	return LOADER_OK;
}

static enum loader_status check_header(struct check *c, Elf64_Ehdr *eh)
{
	uint64_t table;

	if (c->len < sizeof(*eh))
		return fail(c, LOADER_TRUNCATED,
			    "truncated: the ELF header needs %zu bytes but the file has %zu",
			    sizeof(*eh), c->len);
	memcpy(eh, c->data, sizeof(*eh));

	if (eh->e_machine != EM_X86_64)
		return fail(c, LOADER_NOT_X86_64, "ELF for machine %u, not x86-64", eh->e_machine);
	if (eh->e_version != EV_CURRENT)
		return fail(c, LOADER_BAD_HEADER, "ELF version %u; only %d exists", eh->e_version,
			    EV_CURRENT);

	switch (eh->e_type) {
	case ET_EXEC:
		break;
	case ET_DYN:
		return fail(c, LOADER_NOT_EXEC,
			    "position-independent executable (PIE) or shared object; "
			    "nexes are static, non-PIE");
	case ET_REL:
		return fail(c, LOADER_NOT_EXEC,
			    "relocatable object file; nexes are linked executables");
	case ET_CORE:
		return fail(c, LOADER_NOT_EXEC, "core dump, not an executable");
	default:
		return fail(c, LOADER_NOT_EXEC, "ELF type %u is not an executable", eh->e_type);
	}

	if (eh->e_phentsize != sizeof(Elf64_Phdr))
		return fail(c, LOADER_BAD_HEADER,
			    "program header size %u; ELF64 program headers are %zu bytes",
			    eh->e_phentsize, sizeof(Elf64_Phdr));
	if (eh->e_phnum == 0)
		return fail(c, LOADER_BAD_HEADER, "no program headers");
	if (eh->e_phnum > LOADER_MAX_PHNUM)
		return fail(c, LOADER_BAD_HEADER, "%u program headers; a nexe has at most %d",
			    eh->e_phnum, LOADER_MAX_PHNUM);

	/* e_phnum <= 64, so the table size cannot overflow; its offset can. */
	table = (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr);
	if (__builtin_add_overflow(eh->e_phoff, table, &table))
		return fail(c, LOADER_BAD_HEADER,
			    "program header offset 0x%" PRIx64 " is past any possible file end",
			    (uint64_t)eh->e_phoff);
	if (table > c->len)
		return fail(c, LOADER_TRUNCATED,
			    "truncated: program headers need bytes up to 0x%" PRIx64
			    " but the file has 0x%zx",
			    table, c->len);
	return LOADER_OK;
}

/*
 * Program header types that make the file something else than a static
 * nexe, or ask for what the VM does not provide.  Types not named here
 * (PT_PHDR, PT_GNU_PROPERTY, PT_GNU_RELRO, PT_GNU_EH_FRAME, ...) change
 * nothing about how the image is laid out, so they are ignored.
 */
static enum loader_status check_types(struct check *c, const Elf64_Ehdr *eh)
{
	Elf64_Phdr ph;
	unsigned i;

	for (i = 0; i < eh->e_phnum; i++) {
		read_phdr(c, eh, i, &ph);
		switch (ph.p_type) {
		case PT_INTERP:
		case PT_DYNAMIC:
			return fail(c, LOADER_DYNAMIC,
				    "dynamically linked: segment %u is %s; nexes are static", i,
				    ph.p_type == PT_INTERP ? "PT_INTERP" : "PT_DYNAMIC");
		case PT_TLS:
			return fail(c, LOADER_UNSUPPORTED,
				    "segment %u is PT_TLS: thread-local storage is not supported",
				    i);
		case PT_GNU_STACK:
			/* Without PT_GNU_STACK the stack is still not executable:
			 * the VM never maps one that is, so only an explicit request
			 * is refused. */
			if (ph.p_flags & PF_X)
				return fail(c, LOADER_UNSUPPORTED,
					    "segment %u asks for an executable stack "
					    "(PT_GNU_STACK with PF_X)",
					    i);
			break;
		}
	}
	return LOADER_OK;
}

/* What the note walk found across all PT_NOTE segments. */
struct note_state {
	int found;
	unsigned where; /* segment of the ZeroVM note */
	uint32_t version;
};

static int is_zerovm_note(const Elf64_Nhdr *nh, const unsigned char *name)
{
	/* sizeof counts the NUL, which the note's name includes. */
	return nh->n_namesz == sizeof(ZVM_NOTE_NAME) &&
	       memcmp(name, ZVM_NOTE_NAME, sizeof(ZVM_NOTE_NAME)) == 0;
}

/*
 * Walk the notes of one PT_NOTE segment, already known to lie in the file.
 * A note is a 12-byte header, the name padded so that the descriptor starts
 * aligned, and the descriptor padded to the next note.  Segments aligned to
 * 8 (where the linker puts .note.gnu.property) pad to 8, others to 4, as
 * the GNU tools write them.
 */
static enum loader_status walk_notes(struct check *c, unsigned idx, const Elf64_Phdr *ph,
				     struct note_state *ns)
{
	const unsigned char *seg = c->data + ph->p_offset;
	uint64_t align = ph->p_align == 8 ? 8 : 4;
	uint64_t off = 0, desc, next;
	Elf64_Nhdr nh;

	while (off < ph->p_filesz) {
		if (ph->p_filesz - off < sizeof(nh))
			return fail(c, LOADER_BAD_NOTE,
				    "note at file offset 0x%" PRIx64
				    " runs past the end of segment %u",
				    ph->p_offset + off, idx);
		memcpy(&nh, seg + off, sizeof(nh));

		/* off < p_filesz <= file length and the sizes are 32-bit, so
		 * none of these sums can overflow 64 bits. */
		desc = off + sizeof(nh) + nh.n_namesz;
		desc = (desc + align - 1) & ~(align - 1);
		next = desc + nh.n_descsz;
		next = (next + align - 1) & ~(align - 1);
		if (next > ph->p_filesz)
			return fail(c, LOADER_BAD_NOTE,
				    "note at file offset 0x%" PRIx64
				    " claims a %u-byte name and a %u-byte descriptor, "
				    "more than segment %u holds",
				    ph->p_offset + off, nh.n_namesz, nh.n_descsz, idx);

		/* Other ZeroVM note types are left free for later use. */
		if (is_zerovm_note(&nh, seg + off + sizeof(nh)) && nh.n_type == ZVM_NOTE_TYPE) {
			if (nh.n_descsz != sizeof(ns->version))
				return fail(c, LOADER_BAD_NOTE,
					    "ZeroVM note in segment %u has a %u-byte descriptor; "
					    "it should be %zu",
					    idx, nh.n_descsz, sizeof(ns->version));
			if (ns->found)
				return fail(c, LOADER_BAD_NOTE,
					    "a second ZeroVM note in segment %u (the first is in "
					    "segment %u)",
					    idx, ns->where);
			ns->found = 1;
			ns->where = idx;
			memcpy(&ns->version, seg + desc, sizeof(ns->version));
		}
		off = next;
	}
	return LOADER_OK;
}

static enum loader_status check_notes(struct check *c, const Elf64_Ehdr *eh, uint32_t *version)
{
	struct note_state ns = {0};
	enum loader_status st;
	Elf64_Phdr ph;
	uint64_t end;
	unsigned i;

	for (i = 0; i < eh->e_phnum; i++) {
		read_phdr(c, eh, i, &ph);
		if (ph.p_type != PT_NOTE)
			continue;
		if (__builtin_add_overflow(ph.p_offset, ph.p_filesz, &end))
			return fail(c, LOADER_BAD_SEGMENT,
				    "segment %u: file offset 0x%" PRIx64 " plus size 0x%" PRIx64
				    " overflows",
				    i, (uint64_t)ph.p_offset, (uint64_t)ph.p_filesz);
		if (end > c->len)
			return fail(c, LOADER_TRUNCATED,
				    "truncated: segment %u needs bytes up to 0x%" PRIx64
				    " but the file has 0x%zx",
				    i, end, c->len);
		st = walk_notes(c, i, &ph, &ns);
		if (st != LOADER_OK)
			return st;
	}
	if (!ns.found)
		return fail(c, LOADER_NO_NOTE,
			    "no ZeroVM note: not a ZeroVM executable (build nexes with zvm-gcc)");
	if (ns.version != ZVM_ABI_VERSION)
		return fail(c, LOADER_BAD_ABI,
			    "built for ZeroVM ABI version %" PRIu32
			    ", but this zerovm runs version %d",
			    ns.version, ZVM_ABI_VERSION);
	*version = ns.version;
	return LOADER_OK;
}

static int prot_of(uint32_t flags)
{
	return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
	       (flags & PF_X ? PROT_EXEC : 0);
}

/* Check one PT_LOAD; on success *seg is filled, or seg->memsz is 0 for a
 * segment that maps nothing. */
static enum loader_status check_load(struct check *c, unsigned i, const Elf64_Phdr *ph,
				     struct loader_segment *seg)
{
	uint64_t fend, start, end;

	if ((ph->p_flags & (PF_W | PF_X)) == (PF_W | PF_X))
		return fail(c, LOADER_WX, "segment %u is writable and executable", i);
	if (ph->p_filesz > ph->p_memsz)
		return fail(c, LOADER_BAD_SEGMENT,
			    "segment %u has more file bytes (0x%" PRIx64
			    ") than memory bytes (0x%" PRIx64 ")",
			    i, (uint64_t)ph->p_filesz, (uint64_t)ph->p_memsz);
	if (__builtin_add_overflow(ph->p_offset, ph->p_filesz, &fend))
		return fail(c, LOADER_BAD_SEGMENT,
			    "segment %u: file offset 0x%" PRIx64 " plus size 0x%" PRIx64
			    " overflows",
			    i, (uint64_t)ph->p_offset, (uint64_t)ph->p_filesz);
	if (fend > c->len)
		return fail(c, LOADER_TRUNCATED,
			    "truncated: segment %u needs bytes up to 0x%" PRIx64
			    " but the file has 0x%zx",
			    i, fend, c->len);

	memset(seg, 0, sizeof(*seg));
	/* An empty PT_LOAD maps nothing, so where it claims to be is moot. */
	if (ph->p_memsz == 0)
		return LOADER_OK;

	start = ph->p_vaddr & ~(LOADER_PAGE_SIZE - 1);
	if (start < ZVM_NULL_GUARD_END)
		return fail(c, LOADER_BAD_SEGMENT,
			    "segment %u at 0x%" PRIx64 " overlaps the NULL guard [0, 0x%llx)", i,
			    (uint64_t)ph->p_vaddr, ZVM_NULL_GUARD_END);
	if (start < ZVM_TEXT_ADDR)
		return fail(c, LOADER_BAD_SEGMENT,
			    "segment %u at 0x%" PRIx64 " overlaps the trap page [0x%llx, 0x%llx)",
			    i, (uint64_t)ph->p_vaddr, ZVM_TRAP_ADDR, ZVM_TRAP_ADDR + ZVM_TRAP_SIZE);
	if (start >= ZVM_HEAP_LIMIT)
		return fail(c, LOADER_BAD_SEGMENT,
			    "segment %u at 0x%" PRIx64
			    " is outside the nexe's memory [0x%llx, 0x%llx)",
			    i, (uint64_t)ph->p_vaddr, ZVM_TEXT_ADDR, ZVM_HEAP_LIMIT);
	if (__builtin_add_overflow(ph->p_vaddr, ph->p_memsz, &end) ||
	    round_up(end, LOADER_PAGE_SIZE, &end) || end > ZVM_HEAP_LIMIT)
		return fail(c, LOADER_TOO_BIG,
			    "segment %u is too big: 0x%" PRIx64 " bytes (%" PRIu64
			    " MiB) at 0x%" PRIx64 " run past 0x%llx, where the nexe's memory ends",
			    i, (uint64_t)ph->p_memsz, (uint64_t)ph->p_memsz >> 20,
			    (uint64_t)ph->p_vaddr, ZVM_HEAP_LIMIT);

	seg->vaddr = start;
	seg->memsz = end - start;
	seg->offset = ph->p_offset;
	seg->filesz = ph->p_filesz;
	seg->copy_to = ph->p_vaddr;
	seg->prot = prot_of(ph->p_flags);
	seg->phdr = (int)i;
	return LOADER_OK;
}

static enum loader_status check_loads(struct check *c, const Elf64_Ehdr *eh,
				      struct loader_image *img)
{
	struct loader_segment seg, *s = img->seg;
	enum loader_status st;
	Elf64_Phdr ph;
	unsigned i;
	int j, k;

	for (i = 0; i < eh->e_phnum; i++) {
		read_phdr(c, eh, i, &ph);
		if (ph.p_type != PT_LOAD)
			continue;
		st = check_load(c, i, &ph, &seg);
		if (st != LOADER_OK)
			return st;
		if (seg.memsz == 0)
			continue;
		if (img->nseg == LOADER_MAX_SEGMENTS)
			return fail(c, LOADER_BAD_SEGMENT,
				    "segment %u: more than %d PT_LOAD segments", i,
				    LOADER_MAX_SEGMENTS);
		/* Insertion sort: at most 16 entries. */
		for (j = img->nseg; j > 0 && s[j - 1].vaddr > seg.vaddr; j--)
			s[j] = s[j - 1];
		s[j] = seg;
		img->nseg++;
	}
	if (img->nseg == 0)
		return fail(c, LOADER_BAD_SEGMENT, "no PT_LOAD segment with memory");

	/* Sorted, so overlaps can only be between neighbours. */
	for (k = 1; k < img->nseg; k++)
		if (s[k - 1].vaddr + s[k - 1].memsz > s[k].vaddr)
			return fail(c, LOADER_BAD_SEGMENT,
				    "segments %d and %d overlap: [0x%" PRIx64 ", 0x%" PRIx64
				    ") and [0x%" PRIx64 ", 0x%" PRIx64 ") in 4 KiB pages",
				    s[k - 1].phdr, s[k].phdr, s[k - 1].vaddr,
				    s[k - 1].vaddr + s[k - 1].memsz, s[k].vaddr,
				    s[k].vaddr + s[k].memsz);

	/* Segments end at or below ZVM_HEAP_LIMIT, itself a multiple of
	 * ZVM_PAGE_SIZE, so this cannot overflow or pass it. */
	img->image_end = s[img->nseg - 1].vaddr + s[img->nseg - 1].memsz;
	img->image_end = (img->image_end + ZVM_PAGE_SIZE - 1) & ~(ZVM_PAGE_SIZE - 1);
	return LOADER_OK;
}

/* The entry must be in bytes that come from the file: jumping into the
 * zero fill of an executable segment is never what a compiler meant. */
static enum loader_status check_entry(struct check *c, const Elf64_Ehdr *eh,
				      struct loader_image *img)
{
	const struct loader_segment *s;
	int k;

	for (k = 0; k < img->nseg; k++) {
		s = &img->seg[k];
		if ((s->prot & PROT_EXEC) && eh->e_entry >= s->copy_to &&
		    eh->e_entry - s->copy_to < s->filesz) {
			img->entry = eh->e_entry;
			return LOADER_OK;
		}
	}
	return fail(c, LOADER_BAD_HEADER,
		    "entry point 0x%" PRIx64 " is not in an executable segment",
		    (uint64_t)eh->e_entry);
}

enum loader_status loader_check(const unsigned char *data, size_t len, struct loader_image *img,
				char *err, size_t errlen)
{
	struct check c = {data, len, err, errlen};
	struct loader_image out = {0};
	enum loader_status st;
	Elf64_Ehdr eh;

	if (errlen > 0)
		err[0] = '\0';

	st = check_ident(&c);
	if (st == LOADER_OK)
		st = check_header(&c, &eh);
	if (st == LOADER_OK)
		st = check_types(&c, &eh);
	if (st == LOADER_OK)
		st = check_notes(&c, &eh, &out.abi_version);
	if (st == LOADER_OK)
		st = check_loads(&c, &eh, &out);
	if (st == LOADER_OK)
		st = check_entry(&c, &eh, &out);

	if (st == LOADER_OK)
		*img = out;
	else
		memset(img, 0, sizeof(*img));
	return st;
}
