/*
 * memory.h - the nexe's user memory, [0, 4 GiB), built by the supervisor.
 *
 * User memory is one memfd whose byte at offset X is the byte at guest
 * address X.  The supervisor maps all of it read-write and fills it; the
 * child maps the regions listed here at their guest addresses with their
 * own protections.  So the supervisor moves channel bytes straight into
 * and out of the nexe's buffers, and the kernel, not the nexe, decides
 * what the nexe may touch.
 */
#ifndef ZVM_MEMORY_H
#define ZVM_MEMORY_H

#include <stdint.h>

#include "session.h"

/* The scratch area the bootstrap uses, inside the signal stack region. */
#define MEMORY_BOOT_READY (ZVM_SIGSTACK_ADDR + 0x0)     /* 2 x uint32 */
#define MEMORY_BOOT_START (ZVM_SIGSTACK_ADDR + 0x20)    /* %rsp, %rdi, %rsi to start with */
#define MEMORY_BOOT_FPROG (ZVM_SIGSTACK_ADDR + 0x40)    /* struct sock_fprog */
#define MEMORY_BOOT_FILTER (ZVM_SIGSTACK_ADDR + 0x80)   /* the BPF program */
#define MEMORY_BOOT_FILTER_MAX (0x4000 - 0x80)
#define MEMORY_BOOT_XSAVE (ZVM_SIGSTACK_ADDR + 0x4000)  /* 64-byte aligned */
#define MEMORY_BOOT_XSAVE_MAX 0x4000

/* The supervisor's side of the handshake with the child, at offset
 * 0x1000 of the memfd: inside the null guard, which is never mapped into
 * the nexe, so nothing written here is visible to it. */
#define MEMORY_BOOT_BLOCK 0x1000

/* Create user memory: the memfd, sized to 4 GiB and all holes, and the
 * supervisor's mapping of it (s->memfd, s->mem), and the shared region's
 * memfd (s->shmfd), mapped over its range in s->mem.  Called before the
 * child is forked, which shares the mapping.  Dies on failure. */
void memory_reserve(struct session *s);

/* A new process's user memory: a copy of the running process's (s->memfd)
 * region by region, holes kept as holes, but for the shared region, which
 * the new view maps from s->shmfd.  Returns 0 with *fd and *mem, or
 * -errno with nothing left behind. */
int memory_copy(struct session *s, int *fd, unsigned char **mem);

/* A new process's user memory, all holes but the shared region's view.
 * Returns 0 with *fd and *mem, or -errno. */
int memory_new(struct session *s, int *fd, unsigned char **mem);

/* Undo memory_copy() or memory_new(). */
void memory_release(int fd, unsigned char *mem);

/* 1 when addr is in the nexe's own code: executable, and not the trap
 * page, whose pieces are not entry points. */
int memory_is_code(uint64_t addr);

/* Build user memory for s->img from s->nexe: trap page, segments, heap,
 * stack, user manifest, signal stack.  Dies on failure. */
void memory_build(struct session *s);

/* Build user memory for s->img from s->nexe into s->memfd, for a process
 * replacing its program: as memory_build(), but returns -ENOMEM (with a
 * note) when Memory is too small for the image, or -errno. */
int memory_build_exec(struct session *s);

/* The running process's regions, which memory_build() made: the ones
 * memory_allows() checks against.  The process table keeps each
 * process's (trap.c). */
void memory_map_get(struct memory_map *m);
void memory_map_set(const struct memory_map *m);

/* The regions the child maps, sorted by address. */
const struct memory_region *memory_regions(int *n);

/* 1 when [addr, addr + len) lies in regions that all allow prot. */
int memory_allows(uint64_t addr, uint64_t len, int prot);

/* SHA-256 of every region the nexe can read but the signal stack, in
 * address order: the /dev/memory etag.  out gets 32 bytes. */
void memory_digest(struct session *s, unsigned char out[32]);

#endif
