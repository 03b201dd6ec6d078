/*
 * exec.h - what execve() hands the program it starts: the block zerovm
 * copies to the top of the new program's stack (zvm.h, zvm_exec).
 *
 * The new program builds its file system afresh from nvram, as the
 * session's first program did; from the block it takes its arguments,
 * environment, identity, working directory, umask, clock and descriptors.
 * A descriptor is passed as the pipe it is an end of (the pipe is in the
 * shared region, the same for every process) or as the absolute path it
 * was opened by, which the new program opens again at the same offset.
 * The block is the program's own, like all of its memory: the new program
 * checks every offset and count before it uses one.
 */
#ifndef ZRT_INTERNAL_EXEC_H
#define ZRT_INTERNAL_EXEC_H

#include <stdint.h>

#define ZRT_EXEC_MAGIC 0x636578652d74727aULL /* "zrt-exec" */

struct __zrt_exec_fd {
	int32_t fd;
	int32_t desc;	 /* descriptors with one description share the number */
	int32_t flags;	 /* the description's O_* status flags */
	int32_t cloexec; /* closed by the exec: only its pipe end is let go */
	int64_t pos;
	uint64_t pipe; /* the shared pipe it is an end of, or 0 */
	uint32_t path; /* offset of its absolute path, or 0 */
	uint32_t pad;
};

struct __zrt_exec_block {
	uint64_t magic;
	uint32_t size; /* the whole block's bytes */
	uint32_t argc, envc, nfd;
	int32_t pid, ppid;
	uint32_t umask;
	uint32_t cwd;	  /* offset of the working directory */
	uint32_t strings; /* offset of argv's then envp's strings, each NUL-terminated */
	uint32_t fds;	  /* offset of nfd struct __zrt_exec_fd */
	int64_t clock_us; /* the wall clock, which goes on from here */
	uint32_t nvram;	  /* offset of the nvram's bytes, as the first program read them */
	uint32_t nvram_len;
};

/* In a program exec started (block non-NULL): check the block, load the
 * nvram it carries, and take the arguments, environment and identity from
 * it.  Returns 0, or -1 when the block is malformed (the program then
 * stops). */
int __zrt_exec_args(const void *block, uint64_t size);

/* Then, once the file system is up: the clock, working directory, umask
 * and descriptors. */
void __zrt_exec_restore(void);

#endif
