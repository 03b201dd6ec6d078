/*
 * memory.c - building the nexe's user memory.
 *
 * See memory.h for the scheme.  The layout is the memory map of zvm.h;
 * nothing in it depends on the host, so two runs of the same nexe and
 * manifest see byte-identical memory.
 */
#define _GNU_SOURCE
#include "memory.h"

#include <errno.h>
#include <openssl/sha.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "die.h"
#include "msg.h"
#include <zvm.h>

#define PAGE LOADER_PAGE_SIZE

extern const unsigned char zvm_trapcode_start[], zvm_trapcode_end[];

/* The running process's. */
static struct memory_map map;

static void add_region_of(uint64_t start, uint64_t end, int prot, int shared,
			  const char *what);

static uint64_t page_up(uint64_t x)
{
	return (x + PAGE - 1) & ~(PAGE - 1);
}

static void add_region(uint64_t start, uint64_t end, int prot, const char *what)
{
	add_region_of(start, end, prot, 0, what);
}

static void add_region_of(uint64_t start, uint64_t end, int prot, int shared, const char *what)
{
	int i;

	if (map.n == MEMORY_MAX_REGIONS)
		die(ZVM_EXIT_PROGRAM, "too many memory regions");
	/* Keep the table sorted: memory_allows() walks it in order. */
	for (i = map.n; i > 0 && map.region[i - 1].start > start; i--)
		map.region[i] = map.region[i - 1];
	map.region[i] = (struct memory_region){start, end, prot, shared, what};
	map.n++;
}

void memory_map_get(struct memory_map *m)
{
	*m = map;
}

void memory_map_set(const struct memory_map *m)
{
	map = *m;
}

const struct memory_region *memory_regions(int *n)
{
	*n = map.n;
	return map.region;
}

int memory_allows(uint64_t addr, uint64_t len, int prot)
{
	uint64_t end;
	int i;

	if (__builtin_add_overflow(addr, len, &end) || end > ZVM_USER_END)
		return 0;
	if (len == 0)
		return 1;
	for (i = 0; i < map.n && addr < end; i++) {
		if (map.region[i].end <= addr)
			continue;
		if (map.region[i].start > addr || (map.region[i].prot & prot) != prot)
			return 0;
		addr = map.region[i].end;
	}
	return addr >= end;
}

int memory_is_code(uint64_t addr)
{
	if (addr >= ZVM_TRAP_ADDR && addr - ZVM_TRAP_ADDR < ZVM_TRAP_SIZE)
		return 0;
	return memory_allows(addr, 1, PROT_EXEC);
}

/* The user manifest: struct UserManifest, the channel array, then the
 * aliases, all with guest pointers. */
static void build_user_manifest(struct session *s)
{
	unsigned char *base = s->mem + ZVM_MANIFEST_ADDR;
	struct UserManifest *um = (struct UserManifest *)base;
	struct ZVMChannel *zc;
	uint64_t off, need;
	size_t i, n;

	off = (sizeof *um + 63) & ~63ULL;
	need = off + s->nch * sizeof *zc;
	for (i = 0; i < s->nch; i++)
		need += strlen(s->ch[i].m->alias) + 1;
	if (need > ZVM_MANIFEST_SIZE)
		die(ZVM_EXIT_MANIFEST, "%s: the channel table needs %llu bytes; at most %llu fit",
		    s->manifest_path, (unsigned long long)need, (unsigned long long)ZVM_MANIFEST_SIZE);
	zc = (struct ZVMChannel *)(base + off);
	um->heap_ptr = (void *)(uintptr_t)s->heap_ptr;
	um->heap_size = (uint32_t)s->heap_size;
	um->stack_size = (uint32_t)ZVM_STACK_SIZE;
	um->channels_count = (int32_t)s->nch;
	um->channels = (struct ZVMChannel *)(uintptr_t)(ZVM_MANIFEST_ADDR + off);
	um->shared_ptr = (void *)(uintptr_t)ZVM_SHARED_ADDR;
	um->shared_size = (uint32_t)s->shared_size;
	off += s->nch * sizeof *zc;
	for (i = 0; i < s->nch; i++) {
		const struct channel *c = &s->ch[i];

		memcpy(zc[i].limits, c->m->limits, sizeof zc[i].limits);
		zc[i].size = c->random_read ? c->size : 0;
		zc[i].type = (enum AccessType)c->m->type;
		n = strlen(c->m->alias) + 1;
		memcpy(base + off, c->m->alias, n);
		zc[i].name = (char *)(uintptr_t)(ZVM_MANIFEST_ADDR + off);
		off += n;
	}
	s->manifest_end = ZVM_MANIFEST_ADDR + off;
}

/* A memfd of 4 GiB of holes and the supervisor's view of it, with the
 * shared region's memfd mapped over its range.  Returns 0 or -errno. */
static int new_space(int shmfd, int *fd, unsigned char **mem)
{
	unsigned char *m;
	int e;

	*fd = memfd_create("zerovm-user-memory", MFD_CLOEXEC);
	if (*fd < 0)
		return -errno;
	if (ftruncate(*fd, (off_t)ZVM_USER_END) < 0)
		goto fail;
	m = mmap(NULL, ZVM_USER_END, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, *fd, 0);
	if (m == MAP_FAILED)
		goto fail;
	if (mmap(m + ZVM_SHARED_ADDR, ZVM_SHARED_MAX, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_NORESERVE | MAP_FIXED, shmfd, 0) == MAP_FAILED) {
		e = errno;
		munmap(m, ZVM_USER_END);
		errno = e;
		goto fail;
	}
	*mem = m;
	return 0;
fail:
	e = errno;
	close(*fd);
	*fd = -1;
	return -e;
}

void memory_reserve(struct session *s)
{
	int e;

	s->shmfd = memfd_create("zerovm-shared-memory", MFD_CLOEXEC);
	if (s->shmfd < 0)
		die_errno(ZVM_EXIT_SANDBOX, "memfd_create");
	if (ftruncate(s->shmfd, (off_t)ZVM_SHARED_MAX) < 0)
		die_errno(ZVM_EXIT_SANDBOX, "sizing shared memory");
	e = new_space(s->shmfd, &s->memfd, &s->mem);
	if (e < 0) {
		errno = -e;
		die_errno(ZVM_EXIT_SANDBOX, "creating user memory");
	}
}

int memory_new(struct session *s, int *fd, unsigned char **mem)
{
	return new_space(s->shmfd, fd, mem);
}

void memory_release(int fd, unsigned char *mem)
{
	if (mem != NULL)
		munmap(mem, ZVM_USER_END);
	if (fd >= 0)
		close(fd);
}

/* Copy [start, end) of user memory from one memfd to another, data
 * extents only: a heap of gigabytes is mostly holes. */
static int copy_range(int from, const unsigned char *mem, int to, uint64_t start, uint64_t end)
{
	uint64_t pos = start, hole;
	off_t r;
	ssize_t n;

	while (pos < end) {
		r = lseek(from, (off_t)pos, SEEK_DATA);
		if (r < 0 && errno == ENXIO)
			return 0;
		if (r < 0)
			return -errno;
		pos = (uint64_t)r;
		if (pos >= end)
			return 0;
		r = lseek(from, (off_t)pos, SEEK_HOLE);
		hole = r < 0 || (uint64_t)r > end ? end : (uint64_t)r;
		while (pos < hole) {
			n = pwrite(to, mem + pos, (size_t)(hole - pos), (off_t)pos);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				return n < 0 ? -errno : -EIO;
			pos += (uint64_t)n;
		}
	}
	return 0;
}

int memory_copy(struct session *s, int *fd, unsigned char **mem)
{
	int e, i;

	e = new_space(s->shmfd, fd, mem);
	if (e < 0)
		return e;
	/* The boot block, in the never-mapped guard, is the new child's own
	 * (sandbox.c writes it); everything the nexe can see is copied. */
	for (i = 0; i < map.n; i++) {
		if (map.region[i].shared)
			continue;
		e = copy_range(s->memfd, s->mem, *fd, map.region[i].start, map.region[i].end);
		if (e < 0) {
			memory_release(*fd, *mem);
			*fd = -1;
			*mem = NULL;
			return e;
		}
	}
	return 0;
}

/* Write len bytes at guest address addr through the memfd rather than
 * its mapping: the kernel then fills the pages without a fault per page,
 * which under a hypervisor costs microseconds each (a nexe's text is
 * hundreds of pages). */
static int put_bytes(struct session *s, uint64_t addr, const unsigned char *p, uint64_t len)
{
	ssize_t n;

	while (len > 0) {
		n = pwrite(s->memfd, p, (size_t)len, (off_t)addr);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		p += n;
		addr += (uint64_t)n;
		len -= (uint64_t)n;
	}
	return 0;
}

/* The layout of memory_build(), given that Memory holds the image.
 * Returns 0 or -errno. */
static int build(struct session *s)
{
	uint64_t image = s->img.image_end - ZVM_TEXT_ADDR;
	uint64_t heap_max;
	int i, e;

	map.n = 0;
	s->heap_ptr = s->img.image_end;
	s->heap_size = s->m.memory - ZVM_STACK_SIZE - image;
	heap_max = ZVM_HEAP_LIMIT - s->heap_ptr;
	if (s->heap_size > heap_max)
		s->heap_size = heap_max;
	s->heap_size &= ~(ZVM_PAGE_SIZE - 1);

	e = put_bytes(s, ZVM_TRAP_ADDR, zvm_trapcode_start,
		      (uint64_t)(zvm_trapcode_end - zvm_trapcode_start));
	if (e < 0)
		return e;
	add_region(ZVM_TRAP_ADDR, ZVM_TRAP_ADDR + ZVM_TRAP_SIZE, PROT_READ | PROT_EXEC, "trap page");
	for (i = 0; i < s->img.nseg; i++) {
		const struct loader_segment *g = &s->img.seg[i];

		e = put_bytes(s, g->copy_to, s->nexe + g->offset, g->filesz);
		if (e < 0)
			return e;
		add_region(g->vaddr, g->vaddr + g->memsz, g->prot, "segment");
	}
	if (s->heap_size > 0)
		add_region(s->heap_ptr, s->heap_ptr + s->heap_size, PROT_READ | PROT_WRITE, "heap");
	add_region(ZVM_STACK_BASE, ZVM_STACK_TOP, PROT_READ | PROT_WRITE, "stack");
	/* Memory bounds the shared region as it bounds each process. */
	s->shared_size = s->m.memory < ZVM_SHARED_MAX ? s->m.memory : ZVM_SHARED_MAX;
	s->shared_size &= ~(ZVM_PAGE_SIZE - 1);
	if (s->shared_size > 0)
		add_region_of(ZVM_SHARED_ADDR, ZVM_SHARED_ADDR + s->shared_size,
			      PROT_READ | PROT_WRITE, 1, "shared memory");
	build_user_manifest(s);
	add_region(ZVM_MANIFEST_ADDR, page_up(s->manifest_end), PROT_READ, "user manifest");
	add_region(ZVM_SIGSTACK_ADDR, ZVM_SIGSTACK_ADDR + ZVM_SIGSTACK_SIZE, PROT_READ | PROT_WRITE,
		   "signal stack");
	return 0;
}

/* Memory counts the image, the heap and the stack. */
static uint64_t memory_needed(const struct session *s)
{
	return ZVM_STACK_SIZE + (s->img.image_end - ZVM_TEXT_ADDR) + ZVM_PAGE_SIZE;
}

void memory_build(struct session *s)
{
	int e;

	if (s->m.memory < memory_needed(s))
		die(ZVM_EXIT_PROGRAM,
		    "%s:%d: Memory: %llu is too small for %s: its image (%llu bytes) and stack "
		    "(%llu) need at least %llu",
		    s->manifest_path, s->m.memory_line, (unsigned long long)s->m.memory,
		    s->m.program, (unsigned long long)(s->img.image_end - ZVM_TEXT_ADDR),
		    (unsigned long long)ZVM_STACK_SIZE, (unsigned long long)memory_needed(s));
	e = build(s);
	if (e < 0) {
		errno = -e;
		die_errno(ZVM_EXIT_SANDBOX, "writing the nexe into user memory");
	}
}

int memory_build_exec(struct session *s)
{
	if (s->m.memory < memory_needed(s)) {
		note(1, "exec: Memory (%llu) is too small for the program: it needs %llu",
		     (unsigned long long)s->m.memory, (unsigned long long)memory_needed(s));
		return -ENOMEM;
	}
	return build(s);
}

/* Feed [start, end) to the digest, reading holes of the memfd as zeros
 * without touching them: a read fault on a shmem hole allocates a page,
 * and the heap may be gigabytes of holes. */
static void digest_range(SHA256_CTX *ctx, struct session *s, uint64_t start, uint64_t end)
{
	static const unsigned char zeros[65536];
	uint64_t pos = start, data, hole, n;
	off_t r;

	while (pos < end) {
		r = lseek(s->memfd, (off_t)pos, SEEK_DATA);
		data = r < 0 ? end : (uint64_t)r;
		if (data > end)
			data = end;
		for (; pos < data; pos += n) {
			n = data - pos < sizeof zeros ? data - pos : sizeof zeros;
			SHA256_Update(ctx, zeros, (size_t)n);
		}
		if (pos >= end)
			break;
		r = lseek(s->memfd, (off_t)pos, SEEK_HOLE);
		hole = r < 0 ? end : (uint64_t)r;
		if (hole > end)
			hole = end;
		SHA256_Update(ctx, s->mem + pos, (size_t)(hole - pos));
		pos = hole;
	}
}

void memory_digest(struct session *s, unsigned char out[32])
{
	SHA256_CTX ctx;
	int i;

	etag_init(&ctx);
	for (i = 0; i < map.n; i++) {
		/* The VM's region holds the doorbell, whose words change
		 * with timing; the shared region is every process's. */
		if (map.region[i].start == ZVM_SIGSTACK_ADDR || map.region[i].shared)
			continue;
		digest_range(&ctx, s, map.region[i].start, map.region[i].end);
	}
	SHA256_Final(out, &ctx);
}
