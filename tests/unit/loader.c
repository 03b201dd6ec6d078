/*
 * loader.c - unit tests of loader_check(): the nexe it accepts and each way
 * it refuses a file, with the status and the words the user will read.
 *
 * Images are built in memory from <elf.h> structures: one valid minimal
 * nexe, then one mutation per case.  Every check hands loader_check() an
 * exactly sized heap copy, so that under AddressSanitizer a read past the
 * end of the file is caught instead of landing in the test's own buffer.
 *
 * "loader --seeds DIR" writes the fuzzer's seed images instead of testing;
 * fuzz/seeds/fuzz-elf/ was made that way.
 */
#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../tap/basic.h"
#include "loader.h"
#include "zvm.h"

#define NPH 8 /* room for program headers; the valid image uses 4 */

/*
 * The valid image, laid out as a linker would: the text segment starts at
 * file offset 0 and so carries the headers and the note with the code.
 * The data segment's p_vaddr is deliberately not congruent to its p_offset
 * modulo 4 KiB, since the loader copies rather than maps.
 */
struct nexe {
	Elf64_Ehdr eh;	    /* 0x000 */
	Elf64_Phdr ph[NPH]; /* 0x040 */
	struct {
		Elf64_Nhdr nh;
		char name[8]; /* "ZeroVM\0" and one byte of padding */
		uint32_t desc;
	} note;			 /* 0x200 */
	unsigned char pad[8];	 /* 0x218 */
	unsigned char code[16];	 /* 0x220 */
	unsigned char extra[32]; /* 0x230: room for a second note */
	unsigned char data[16];	 /* 0x250 */
};

#define NOTE_OFF  0x200
#define CODE_OFF  0x220
#define EXTRA_OFF 0x230
#define DATA_OFF  0x250
#define IMAGE_LEN 0x260

_Static_assert(offsetof(struct nexe, note) == NOTE_OFF, "note offset");
_Static_assert(offsetof(struct nexe, code) == CODE_OFF, "code offset");
_Static_assert(offsetof(struct nexe, extra) == EXTRA_OFF, "extra offset");
_Static_assert(offsetof(struct nexe, data) == DATA_OFF, "data offset");
_Static_assert(sizeof(struct nexe) == IMAGE_LEN, "image size");

#define TEXT_VADDR  ZVM_TEXT_ADDR
#define TEXT_FILESZ (CODE_OFF + 16)
#define ENTRY	    (TEXT_VADDR + CODE_OFF)
#define DATA_VADDR  0x30100ULL
#define DATA_MEMSZ  0x2000ULL

static void make_nexe(struct nexe *n)
{
	/* jmp . : never run here, only loaded. */
	static const unsigned char code[] = {0xeb, 0xfe};
	Elf64_Ehdr *eh = &n->eh;

	memset(n, 0, sizeof(*n));
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_ident[EI_OSABI] = ELFOSABI_SYSV;
	eh->e_type = ET_EXEC;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	eh->e_entry = ENTRY;
	eh->e_phoff = offsetof(struct nexe, ph);
	eh->e_ehsize = sizeof(*eh);
	eh->e_phentsize = sizeof(Elf64_Phdr);
	eh->e_phnum = 4;

	n->ph[0] = (Elf64_Phdr){.p_type = PT_LOAD,
				.p_flags = PF_R | PF_X,
				.p_offset = 0,
				.p_vaddr = TEXT_VADDR,
				.p_paddr = TEXT_VADDR,
				.p_filesz = TEXT_FILESZ,
				.p_memsz = TEXT_FILESZ,
				.p_align = 0x1000};
	n->ph[1] = (Elf64_Phdr){.p_type = PT_LOAD,
				.p_flags = PF_R | PF_W,
				.p_offset = DATA_OFF,
				.p_vaddr = DATA_VADDR,
				.p_paddr = DATA_VADDR,
				.p_filesz = sizeof(n->data),
				.p_memsz = DATA_MEMSZ,
				.p_align = 0x1000};
	n->ph[2] = (Elf64_Phdr){.p_type = PT_NOTE,
				.p_flags = PF_R,
				.p_offset = NOTE_OFF,
				.p_vaddr = TEXT_VADDR + NOTE_OFF,
				.p_paddr = TEXT_VADDR + NOTE_OFF,
				.p_filesz = sizeof(n->note),
				.p_memsz = sizeof(n->note),
				.p_align = 4};
	n->ph[3] = (Elf64_Phdr){.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W, .p_align = 16};

	n->note.nh.n_namesz = sizeof(ZVM_NOTE_NAME);
	n->note.nh.n_descsz = sizeof(n->note.desc);
	n->note.nh.n_type = ZVM_NOTE_TYPE;
	memcpy(n->note.name, ZVM_NOTE_NAME, sizeof(ZVM_NOTE_NAME));
	n->note.desc = ZVM_ABI_VERSION;

	memcpy(n->code, code, sizeof(code));
	memcpy(n->data, "ZeroVM data", sizeof("ZeroVM data"));
}

/*
 * The ZeroVM note again, but in the extra area as the only note of an
 * 8-aligned PT_NOTE.  There the descriptor starts at 24, not 20, so this
 * checks that the walk pads by the segment's alignment.
 */
static void make_note8(struct nexe *n)
{
	Elf64_Nhdr nh = {sizeof(ZVM_NOTE_NAME), 4, ZVM_NOTE_TYPE};
	uint32_t version = ZVM_ABI_VERSION;

	make_nexe(n);
	memcpy(n->extra, &nh, sizeof(nh));
	memcpy(n->extra + sizeof(nh), ZVM_NOTE_NAME, sizeof(ZVM_NOTE_NAME));
	memcpy(n->extra + 24, &version, sizeof(version));
	n->ph[2].p_offset = EXTRA_OFF;
	n->ph[2].p_filesz = n->ph[2].p_memsz = sizeof(n->extra);
	n->ph[2].p_align = 8;
}

/* A GNU property note (x86 feature bits), as gcc with -fcf-protection
 * leaves in every binary, in its own 8-aligned PT_NOTE beside ours. */
static void add_gnu_property(struct nexe *n)
{
	Elf64_Nhdr nh = {4, 16, NT_GNU_PROPERTY_TYPE_0};
	uint32_t prop[4] = {GNU_PROPERTY_X86_FEATURE_1_AND, 4, 3, 0};

	memcpy(n->extra, &nh, sizeof(nh));
	memcpy(n->extra + sizeof(nh), "GNU", 4);
	memcpy(n->extra + 16, prop, sizeof(prop));
	n->ph[4] = (Elf64_Phdr){.p_type = PT_NOTE,
				.p_flags = PF_R,
				.p_offset = EXTRA_OFF,
				.p_vaddr = TEXT_VADDR + EXTRA_OFF,
				.p_filesz = sizeof(n->extra),
				.p_memsz = sizeof(n->extra),
				.p_align = 8};
	n->ph[5] = n->ph[4];
	n->ph[5].p_type = PT_GNU_PROPERTY;
	n->eh.e_phnum = 6;
}

/*
 * The valid image followed by a longer program header table: its own four
 * headers and `extra` read-only PT_LOADs of one page each, from 1 MiB up.
 * The caller frees the result.
 */
static unsigned char *many_loads(unsigned extra, size_t *len)
{
	struct nexe n;
	Elf64_Phdr ph;
	unsigned char *buf;
	unsigned k;

	make_nexe(&n);
	n.eh.e_phoff = sizeof(n);
	n.eh.e_phnum = 4 + extra;
	*len = sizeof(n) + (4 + extra) * sizeof(Elf64_Phdr);
	buf = malloc(*len);
	if (buf == NULL)
		sysbail("malloc");
	memcpy(buf, &n, sizeof(n));
	memcpy(buf + sizeof(n), n.ph, 4 * sizeof(Elf64_Phdr));
	for (k = 0; k < extra; k++) {
		ph = (Elf64_Phdr){.p_type = PT_LOAD,
				  .p_flags = PF_R,
				  .p_vaddr = 0x100000 + k * 0x1000ULL,
				  .p_memsz = 0x1000,
				  .p_align = 0x1000};
		memcpy(buf + sizeof(n) + (4 + k) * sizeof(ph), &ph, sizeof(ph));
	}
	return buf;
}

/* Check an exactly sized heap copy of len bytes of buf. */
static enum loader_status run(const void *buf, size_t len, struct loader_image *img, char *err,
			      size_t errlen)
{
	enum loader_status st;
	unsigned char *copy;

	copy = malloc(len);
	if (copy == NULL && len > 0)
		sysbail("malloc");
	if (len > 0)
		memcpy(copy, buf, len);
	st = loader_check(copy, len, img, err, errlen);
	free(copy);
	return st;
}

/* Two assertions: the status, and a fragment of the message. */
static void refused(const char *what, const void *buf, size_t len, enum loader_status want,
		    const char *fragment)
{
	struct loader_image img;
	char err[256];

	is_int(want, run(buf, len, &img, err, sizeof(err)), "%s: status", what);
	if (!ok(strstr(err, fragment) != NULL, "%s: says \"%s\"", what, fragment))
		diag("message: %s", err);
}

static void refused_nexe(const char *what, const struct nexe *n, enum loader_status want,
			 const char *fragment)
{
	refused(what, n, sizeof(*n), want, fragment);
}

/* Two assertions: the status, and the whole message. */
static void refused_exactly(const char *what, const void *buf, size_t len, enum loader_status want,
			    const char *message)
{
	struct loader_image img;
	char err[256];

	is_int(want, run(buf, len, &img, err, sizeof(err)), "%s: status", what);
	is_string(message, err, "%s: message", what);
}

static void accepted(const char *what, const void *buf, size_t len)
{
	struct loader_image img;
	char err[256];

	if (!is_int(LOADER_OK, run(buf, len, &img, err, sizeof(err)), "%s: accepted", what))
		diag("message: %s", err);
}

/* The loader's promises about an accepted image; 0 if one is broken. */
static int sane(const struct loader_image *img, size_t len)
{
	const struct loader_segment *s;
	int k, entry_ok = 0;

	if (img->nseg < 1 || img->nseg > LOADER_MAX_SEGMENTS)
		return 0;
	for (k = 0; k < img->nseg; k++) {
		s = &img->seg[k];
		if (s->vaddr < ZVM_TEXT_ADDR || s->memsz == 0 ||
		    s->vaddr + s->memsz > ZVM_HEAP_LIMIT || s->vaddr % LOADER_PAGE_SIZE ||
		    s->memsz % LOADER_PAGE_SIZE)
			return 0;
		if (k > 0 && img->seg[k - 1].vaddr + img->seg[k - 1].memsz > s->vaddr)
			return 0;
		if ((s->prot & (PROT_WRITE | PROT_EXEC)) == (PROT_WRITE | PROT_EXEC))
			return 0;
		if (s->offset > len || s->filesz > len - s->offset)
			return 0;
		if (s->copy_to < s->vaddr || s->copy_to + s->filesz > s->vaddr + s->memsz)
			return 0;
		if ((s->prot & PROT_EXEC) && img->entry >= s->copy_to &&
		    img->entry < s->copy_to + s->filesz)
			entry_ok = 1;
	}
	return entry_ok && img->image_end % ZVM_PAGE_SIZE == 0 &&
	       img->image_end <= ZVM_HEAP_LIMIT &&
	       img->image_end >= img->seg[img->nseg - 1].vaddr + img->seg[img->nseg - 1].memsz;
}

static void test_valid(void)
{
	struct loader_image img;
	struct nexe n;
	char err[256];
	const struct loader_segment *s = img.seg;

	make_nexe(&n);
	is_int(LOADER_OK, run(&n, sizeof(n), &img, err, sizeof(err)), "valid nexe is accepted");
	is_string("", err, "valid nexe: no message");
	is_int(ENTRY, img.entry, "valid nexe: entry");
	is_int(2, img.nseg, "valid nexe: two segments");
	is_int(TEXT_VADDR, s[0].vaddr, "text: vaddr");
	is_int(0x1000, s[0].memsz, "text: memsz rounded up to 4 KiB");
	is_int(0, s[0].offset, "text: offset");
	is_int(TEXT_FILESZ, s[0].filesz, "text: filesz");
	is_int(TEXT_VADDR, s[0].copy_to, "text: copy_to");
	is_int(PROT_READ | PROT_EXEC, s[0].prot, "text: R-X");
	is_int(0, s[0].phdr, "text: program header 0");
	is_int(0x30000, s[1].vaddr, "data: vaddr rounded down to 4 KiB");
	is_int(0x3000, s[1].memsz, "data: memsz covers p_vaddr + p_memsz in whole pages");
	is_int(DATA_OFF, s[1].offset, "data: offset");
	is_int(16, s[1].filesz, "data: filesz");
	is_int(DATA_VADDR, s[1].copy_to, "data: copy_to is p_vaddr");
	is_int(PROT_READ | PROT_WRITE, s[1].prot, "data: RW-");
	is_int(1, s[1].phdr, "data: program header 1");
	is_int(0x40000, img.image_end, "image_end rounded up to 64 KiB");
	is_int(ZVM_ABI_VERSION, img.abi_version, "ABI version from the note");
	ok(sane(&img, sizeof(n)), "valid nexe: invariants hold");
}

static void test_accepted_variants(void)
{
	struct loader_image img;
	struct nexe n;
	Elf64_Phdr tmp;
	unsigned char *buf;
	size_t len;
	char err[256];

	make_nexe(&n);
	tmp = n.ph[0];
	n.ph[0] = n.ph[1];
	n.ph[1] = tmp;
	is_int(LOADER_OK, run(&n, sizeof(n), &img, err, sizeof(err)), "data before text: accepted");
	is_int(TEXT_VADDR, img.seg[0].vaddr, "data before text: sorted by vaddr");
	is_int(1, img.seg[0].phdr, "data before text: text is program header 1");
	is_int(0, img.seg[1].phdr, "data before text: data is program header 0");

	make_nexe(&n);
	n.ph[4] = (Elf64_Phdr){.p_type = PT_GNU_RELRO, .p_vaddr = 0x30100, .p_memsz = 8};
	n.ph[5] = (Elf64_Phdr){.p_type = PT_PHDR, .p_offset = 0x40, .p_vaddr = 0x20040};
	n.ph[6] = (Elf64_Phdr){.p_type = PT_GNU_EH_FRAME, .p_vaddr = 0x10};
	n.ph[7] = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R}; /* empty, at 0 */
	n.eh.e_phnum = 8;
	is_int(LOADER_OK, run(&n, sizeof(n), &img, err, sizeof(err)),
	       "ignored program headers and an empty PT_LOAD: accepted");
	is_int(2, img.nseg, "an empty PT_LOAD maps nothing");

	make_nexe(&n);
	add_gnu_property(&n);
	accepted("GNU property note beside the ZeroVM note", &n, sizeof(n));

	make_note8(&n);
	is_int(LOADER_OK, run(&n, sizeof(n), &img, err, sizeof(err)),
	       "ZeroVM note in an 8-aligned PT_NOTE: accepted");
	is_int(ZVM_ABI_VERSION, img.abi_version, "8-aligned note: descriptor read at 24");

	make_nexe(&n);
	n.ph[3].p_type = PT_NULL;
	accepted("no PT_GNU_STACK (the stack is never executable anyway)", &n, sizeof(n));

	make_nexe(&n);
	n.ph[1].p_vaddr = ZVM_HEAP_LIMIT - DATA_MEMSZ;
	is_int(LOADER_OK, run(&n, sizeof(n), &img, err, sizeof(err)),
	       "data ending exactly at ZVM_HEAP_LIMIT: accepted");
	is_int(ZVM_HEAP_LIMIT, img.image_end, "image_end is ZVM_HEAP_LIMIT");

	buf = many_loads(14, &len);
	accepted("16 PT_LOAD segments", buf, len);
	free(buf);
}

static void test_not_elf(void)
{
	static const char script[] = "#!/bin/sh\necho hello\n";
	struct nexe n;

	make_nexe(&n);
	refused("garbage", script, strlen(script), LOADER_NOT_ELF, "not an ELF file");
	refused("empty file", script, 0, LOADER_NOT_ELF, "not an ELF file");
	refused("3 bytes of magic", &n, 3, LOADER_NOT_ELF, "not an ELF file");
	refused("cut inside e_ident", &n, 10, LOADER_TRUNCATED, "ELF identification needs 16");

	n.eh.e_ident[EI_CLASS] = ELFCLASS32;
	refused_nexe("32-bit", &n, LOADER_NOT_64, "32-bit ELF; nexes are 64-bit");
	n.eh.e_ident[EI_CLASS] = 7;
	refused_nexe("class 7", &n, LOADER_NOT_64, "class 7");

	make_nexe(&n);
	n.eh.e_ident[EI_DATA] = ELFDATA2MSB;
	refused_nexe("big-endian", &n, LOADER_NOT_X86_64, "big-endian");

	make_nexe(&n);
	n.eh.e_machine = EM_386;
	refused_nexe("i386", &n, LOADER_NOT_X86_64, "ELF for machine 3, not x86-64");
	n.eh.e_machine = EM_AARCH64;
	refused_nexe("aarch64", &n, LOADER_NOT_X86_64, "machine 183");

	make_nexe(&n);
	n.eh.e_ident[EI_VERSION] = 0;
	refused_nexe("e_ident version 0", &n, LOADER_BAD_HEADER, "version 0");
	make_nexe(&n);
	n.eh.e_version = 2;
	refused_nexe("e_version 2", &n, LOADER_BAD_HEADER, "ELF version 2");
}

static void test_type(void)
{
	struct nexe n;

	make_nexe(&n);
	n.eh.e_type = ET_DYN;
	refused_nexe("ET_DYN", &n, LOADER_NOT_EXEC,
		     "position-independent executable (PIE) or shared object");
	n.eh.e_type = ET_REL;
	refused_nexe("ET_REL", &n, LOADER_NOT_EXEC, "relocatable");
	n.eh.e_type = ET_CORE;
	refused_nexe("ET_CORE", &n, LOADER_NOT_EXEC, "core dump");
}

static void test_phdr_table(void)
{
	struct nexe n;

	make_nexe(&n);
	n.eh.e_phentsize = 64;
	refused_nexe("e_phentsize 64", &n, LOADER_BAD_HEADER, "program header size 64");

	make_nexe(&n);
	n.eh.e_phnum = 0;
	refused_nexe("e_phnum 0", &n, LOADER_BAD_HEADER, "no program headers");
	n.eh.e_phnum = 65535;
	refused_nexe("e_phnum 65535", &n, LOADER_BAD_HEADER, "65535 program headers");
	n.eh.e_phnum = 65;
	refused_nexe("e_phnum 65", &n, LOADER_BAD_HEADER, "at most 64");

	make_nexe(&n);
	n.eh.e_phoff = UINT64_MAX - 8;
	refused_nexe("e_phoff overflows", &n, LOADER_BAD_HEADER, "program header offset");
	n.eh.e_phoff = 0x1000;
	refused_nexe("e_phoff past the end", &n, LOADER_TRUNCATED,
		     "program headers need bytes up to 0x10e0");
}

static void test_truncated(void)
{
	struct nexe n;

	make_nexe(&n);
	refused("cut inside the ELF header", &n, 40, LOADER_TRUNCATED,
		"ELF header needs 64 bytes but the file has 40");
	refused("cut inside the program headers", &n, 0x100, LOADER_TRUNCATED,
		"program headers need bytes up to 0x120 but the file has 0x100");
	refused("cut inside the note", &n, 0x210, LOADER_TRUNCATED,
		"segment 2 needs bytes up to 0x218");
	refused_exactly("cut inside the code", &n, 0x22f, LOADER_TRUNCATED,
			"truncated: segment 0 needs bytes up to 0x230 but the file has 0x22f");
	refused("cut inside the data", &n, 0x258, LOADER_TRUNCATED,
		"segment 1 needs bytes up to 0x260 but the file has 0x258");
}

/* Every prefix of the valid image must be refused with a message, and
 * none may crash (the sanitizers watch the reads). */
static void test_every_length(void)
{
	struct loader_image img;
	struct nexe n;
	char err[256];
	size_t len, accepted_short = 0, silent = 0;
	enum loader_status st;

	make_nexe(&n);
	for (len = 0; len < sizeof(n); len++) {
		st = run(&n, len, &img, err, sizeof(err));
		if (st == LOADER_OK) {
			diag("accepted at length %zu", len);
			accepted_short++;
		} else if (err[0] == '\0' || strchr(err, '\n') != NULL) {
			diag("length %zu: message \"%s\"", len, err);
			silent++;
		}
	}
	is_int(0, accepted_short, "every prefix shorter than the image is refused");
	is_int(0, silent, "every refusal of a prefix has a one-line message");
	accepted("the whole image", &n, sizeof(n));
}

/* Every single-byte corruption is either refused with a message or gives
 * an image that keeps the loader's promises. */
static void test_every_byte(void)
{
	static const unsigned char values[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
	struct loader_image img;
	struct nexe n;
	unsigned char *b;
	char err[256];
	size_t off, v, broken = 0;
	int fine;

	for (off = 0; off < sizeof(n); off++) {
		for (v = 0; v < sizeof(values); v++) {
			make_nexe(&n);
			b = (unsigned char *)&n;
			b[off] = values[v];
			if (run(&n, sizeof(n), &img, err, sizeof(err)) == LOADER_OK)
				fine = sane(&img, sizeof(n));
			else
				fine = err[0] != '\0';
			if (!fine) {
				diag("byte 0x%zx = 0x%02x: broken result", off, values[v]);
				broken++;
			}
		}
	}
	is_int(0, broken, "single-byte corruptions are refused or give a sane image");
}

static void test_dynamic_and_unsupported(void)
{
	struct nexe n;

	make_nexe(&n);
	n.ph[3].p_type = PT_INTERP;
	refused_nexe("PT_INTERP", &n, LOADER_DYNAMIC, "dynamically linked: segment 3 is PT_INTERP");
	n.ph[3].p_type = PT_DYNAMIC;
	refused_nexe("PT_DYNAMIC", &n, LOADER_DYNAMIC,
		     "dynamically linked: segment 3 is PT_DYNAMIC");
	n.ph[3].p_type = PT_TLS;
	refused_nexe("PT_TLS", &n, LOADER_UNSUPPORTED, "thread-local storage is not supported");

	make_nexe(&n);
	n.ph[3].p_flags = PF_R | PF_W | PF_X;
	refused_nexe("executable PT_GNU_STACK", &n, LOADER_UNSUPPORTED, "executable stack");
}

static void test_note(void)
{
	struct loader_image img;
	struct nexe n;
	char err[256];

	make_nexe(&n);
	n.ph[2].p_type = PT_NULL;
	refused_nexe("no PT_NOTE", &n, LOADER_NO_NOTE, "no ZeroVM note");

	make_nexe(&n);
	n.note.name[5] = 'N';
	refused_nexe("owner ZeroVN", &n, LOADER_NO_NOTE, "no ZeroVM note");
	make_nexe(&n);
	n.note.nh.n_namesz = 4;
	n.note.nh.n_descsz = 8; /* so that the note still fills the segment */
	memcpy(n.note.name, "GNU", 4);
	refused_nexe("owner GNU", &n, LOADER_NO_NOTE, "no ZeroVM note");
	make_nexe(&n);
	n.note.nh.n_namesz = 6; /* "ZeroVM" without its NUL */
	refused_nexe("owner without NUL", &n, LOADER_NO_NOTE, "no ZeroVM note");
	make_nexe(&n);
	n.note.nh.n_type = ZVM_NOTE_TYPE + 1;
	refused_nexe("ZeroVM note of another type", &n, LOADER_NO_NOTE, "no ZeroVM note");

	make_nexe(&n);
	n.note.desc = ZVM_ABI_VERSION + 1;
	refused_exactly("ABI version 2", &n, sizeof(n), LOADER_BAD_ABI,
			"built for ZeroVM ABI version 2, but this zerovm runs version 1");

	make_nexe(&n);
	n.note.nh.n_descsz = 0x1000;
	refused_nexe("descsz lies (long)", &n, LOADER_BAD_NOTE, "more than segment 2 holds");
	n.note.nh.n_descsz = 8;
	refused_nexe("descsz 8", &n, LOADER_BAD_NOTE, "8-byte descriptor, more than");
	n.note.nh.n_descsz = 2;
	refused_nexe("descsz lies (short)", &n, LOADER_BAD_NOTE, "has a 2-byte descriptor");
	make_nexe(&n);
	n.note.nh.n_namesz = UINT32_MAX;
	refused_nexe("namesz 4 GiB", &n, LOADER_BAD_NOTE, "4294967295-byte name");
	make_nexe(&n);
	n.ph[2].p_filesz = 8;
	refused_nexe("PT_NOTE shorter than a note header", &n, LOADER_BAD_NOTE,
		     "runs past the end of segment 2");
	make_nexe(&n);
	n.ph[2].p_offset = 0x1000;
	refused_nexe("PT_NOTE past the end", &n, LOADER_TRUNCATED,
		     "segment 2 needs bytes up to 0x1018");
	n.ph[2].p_offset = UINT64_MAX;
	refused_nexe("PT_NOTE offset overflows", &n, LOADER_BAD_SEGMENT, "overflows");

	make_nexe(&n);
	n.ph[4] = n.ph[2];
	n.eh.e_phnum = 5;
	refused_nexe("two ZeroVM notes", &n, LOADER_BAD_NOTE, "a second ZeroVM note in segment 4");

	/* What a refusal leaves behind. */
	memset(&img, 0xa5, sizeof(img));
	run(&n, sizeof(n), &img, err, sizeof(err));
	ok(img.nseg == 0 && img.entry == 0 && img.image_end == 0, "a refusal zeroes the image");
}

static void test_segments(void)
{
	unsigned char *buf;
	struct nexe n;
	size_t len;

	make_nexe(&n);
	n.ph[0].p_flags = PF_R | PF_W | PF_X;
	refused_nexe("RWX text", &n, LOADER_WX, "segment 0 is writable and executable");
	make_nexe(&n);
	n.ph[1].p_flags = PF_W | PF_X;
	refused_nexe("-WX data", &n, LOADER_WX, "segment 1 is writable and executable");

	make_nexe(&n);
	n.ph[0].p_vaddr = ZVM_TRAP_ADDR;
	refused_nexe("text at 0x10000", &n, LOADER_BAD_SEGMENT,
		     "segment 0 at 0x10000 overlaps the trap page");
	n.ph[0].p_vaddr = 0x1f800;
	refused_nexe("text at 0x1f800", &n, LOADER_BAD_SEGMENT,
		     "segment 0 at 0x1f800 overlaps the trap page");
	n.ph[0].p_vaddr = 0;
	refused_nexe("text at 0", &n, LOADER_BAD_SEGMENT,
		     "segment 0 at 0x0 overlaps the NULL guard");

	make_nexe(&n);
	n.ph[1].p_vaddr = TEXT_VADDR + 0x800;
	refused_nexe("data inside text", &n, LOADER_BAD_SEGMENT, "segments 0 and 1 overlap");
	n.ph[1].p_vaddr = TEXT_VADDR + TEXT_FILESZ;
	refused_nexe("data on text's last page", &n, LOADER_BAD_SEGMENT,
		     "segments 0 and 1 overlap");

	make_nexe(&n);
	n.ph[1].p_vaddr = ZVM_HEAP_LIMIT;
	refused_nexe("data at ZVM_HEAP_LIMIT", &n, LOADER_BAD_SEGMENT,
		     "segment 1 at 0xdfff0000 is outside the nexe's memory");
	n.ph[1].p_vaddr = UINT64_MAX - 0xfff;
	refused_nexe("data at the top of 64-bit space", &n, LOADER_BAD_SEGMENT,
		     "outside the nexe's memory");
	n.ph[1].p_vaddr = ZVM_HEAP_LIMIT - 0x1000;
	refused_nexe("data straddling ZVM_HEAP_LIMIT", &n, LOADER_TOO_BIG, "too big");

	make_nexe(&n);
	n.ph[1].p_memsz = 10ULL << 30;
	refused_nexe("10 GiB p_memsz", &n, LOADER_TOO_BIG,
		     "segment 1 is too big: 0x280000000 bytes (10240 MiB)");
	n.ph[1].p_memsz = UINT64_MAX - 0x100;
	refused_nexe("p_vaddr + p_memsz overflows", &n, LOADER_TOO_BIG, "too big");

	make_nexe(&n);
	n.ph[1].p_filesz = DATA_MEMSZ + 1;
	refused_nexe("p_filesz > p_memsz", &n, LOADER_BAD_SEGMENT,
		     "segment 1 has more file bytes (0x2001) than memory bytes (0x2000)");
	make_nexe(&n);
	n.ph[1].p_offset = UINT64_MAX - 4;
	refused_nexe("p_offset + p_filesz overflows", &n, LOADER_BAD_SEGMENT,
		     "segment 1: file offset 0xfffffffffffffffb plus size 0x10 overflows");
	make_nexe(&n);
	n.ph[1].p_offset = 0x10000;
	refused_nexe("p_offset past the end", &n, LOADER_TRUNCATED,
		     "segment 1 needs bytes up to 0x10010 but the file has 0x260");

	make_nexe(&n);
	n.ph[0].p_type = PT_NULL;
	n.ph[1].p_type = PT_NULL;
	refused_nexe("no PT_LOAD", &n, LOADER_BAD_SEGMENT, "no PT_LOAD");

	buf = many_loads(15, &len);
	refused("17 PT_LOAD segments", buf, len, LOADER_BAD_SEGMENT, "more than 16 PT_LOAD");
	free(buf);
}

static void test_entry(void)
{
	struct nexe n;

	make_nexe(&n);
	n.eh.e_entry = DATA_VADDR;
	refused_nexe("entry in data", &n, LOADER_BAD_HEADER,
		     "entry point 0x30100 is not in an executable segment");
	n.eh.e_entry = 0;
	refused_nexe("entry 0", &n, LOADER_BAD_HEADER, "entry point 0x0");
	n.eh.e_entry = TEXT_VADDR + TEXT_FILESZ;
	refused_nexe("entry just past the text", &n, LOADER_BAD_HEADER, "not in an executable");
	make_nexe(&n);
	n.ph[0].p_memsz = 0x1000;
	n.eh.e_entry = TEXT_VADDR + 0x800;
	refused_nexe("entry in the text's zero fill", &n, LOADER_BAD_HEADER,
		     "not in an executable");
}

static void test_err_buffer(void)
{
	struct loader_image img;
	struct nexe n;
	char err[8];

	memset(&n, 0, sizeof(n));
	is_int(LOADER_NOT_ELF, run(&n, sizeof(n), &img, err, sizeof(err)), "short err: status");
	is_string("not an ", err, "short err: message cut and terminated");
	is_int(LOADER_NOT_ELF, run(&n, sizeof(n), &img, NULL, 0), "no err buffer: status");
}

static void write_seed(const char *dir, const char *name, const void *buf, size_t len)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (f == NULL || fwrite(buf, 1, len, f) != len || fclose(f) != 0)
		sysbail("cannot write %s", path);
}

/* Seeds for fuzz/fuzz-elf: valid images that reach every stage, and one
 * refused at the last one (the ABI check), to start the search deep. */
static void write_seeds(const char *dir)
{
	unsigned char *buf;
	struct nexe n;
	size_t len;

	make_nexe(&n);
	write_seed(dir, "valid.elf", &n, sizeof(n));
	add_gnu_property(&n);
	write_seed(dir, "gnu-property.elf", &n, sizeof(n));
	make_note8(&n);
	write_seed(dir, "note-align8.elf", &n, sizeof(n));
	make_nexe(&n);
	n.note.desc = ZVM_ABI_VERSION + 1;
	write_seed(dir, "wrong-abi.elf", &n, sizeof(n));
	buf = many_loads(14, &len);
	write_seed(dir, "sixteen-loads.elf", buf, len);
	free(buf);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--seeds") == 0) {
		write_seeds(argv[2]);
		return 0;
	}

	plan(170);
	test_valid();
	test_accepted_variants();
	test_not_elf();
	test_type();
	test_phdr_table();
	test_truncated();
	test_every_length();
	test_every_byte();
	test_dynamic_and_unsupported();
	test_note();
	test_segments();
	test_entry();
	test_err_buffer();
	return 0;
}
