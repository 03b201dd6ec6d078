/*
 * zvm.h - the ZeroVM application binary interface.
 *
 * This is the one header shared by the trusted supervisor (vm-core) and the
 * untrusted programs it runs (nexes).  It fixes the memory map, the trap
 * interface and the layout of the read-only user manifest.  It is
 * source-compatible with the original ZeroVM API (zvm_pread, zvm_pwrite,
 * zvm_exit, MANIFEST->channels[i]...), with 64-bit pointers.
 *
 * Everything here is part of the ABI: changing a value or a layout changes
 * ZVM_ABI_VERSION.
 */
#ifndef ZVM_H
#define ZVM_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __ASSEMBLER__
#include <stdint.h>
#endif

/* ABI version, recorded in every nexe's ZeroVM note. */
#define ZVM_ABI_VERSION 1

/* The ELF note that marks a ZeroVM executable: owner "ZeroVM", type 1,
 * descriptor = one 32-bit ABI version. */
#define ZVM_NOTE_NAME "ZeroVM"
#define ZVM_NOTE_TYPE 1

/*
 * The memory map.  User memory is [0, 4 GiB) and is identical in every run.
 *
 *   [0x00000000, 0x00010000)  never mapped (NULL guard)
 *   [0x00010000, 0x00020000)  trap page: read+execute, written by the VM
 *   [0x00020000, ...)         the nexe's PT_LOAD segments
 *   [heap_ptr, +heap_size)    heap: from the end of bss rounded up to 64 KiB,
 *                             sized from the manifest's Memory
 *   ...                       unmapped guard
 *   [0xE0000000, +shared_size) shared memory: the same pages in every process
 *                             of the session (at most 256 MiB, see below)
 *   [0xF0000000, 0xFE000000)  unmapped guard
 *   [0xFE000000, 0xFF000000)  stack (16 MiB), grows down from ZVM_STACK_TOP
 *   [0xFF000000, 0xFFFF0000)  user manifest, read-only
 *   [0xFFFF0000, 0x100000000) the VM's own: trap doorbell and fault signal stack
 */
#define ZVM_PAGE_SIZE 0x10000ULL /* 64 KiB: the unit of the memory map */
#define ZVM_NULL_GUARD_END 0x10000ULL
#define ZVM_TRAP_ADDR 0x10000ULL
#define ZVM_TRAP_SIZE 0x10000ULL
#define ZVM_TEXT_ADDR 0x20000ULL
#define ZVM_STACK_SIZE 0x1000000ULL
#define ZVM_STACK_TOP 0xFF000000ULL
#define ZVM_STACK_BASE (ZVM_STACK_TOP - ZVM_STACK_SIZE)
#define ZVM_SHARED_ADDR 0xE0000000ULL
#define ZVM_SHARED_MAX 0x10000000ULL
#define ZVM_HEAP_LIMIT (ZVM_SHARED_ADDR - ZVM_PAGE_SIZE) /* heap ends here at most */
#define ZVM_MANIFEST_ADDR 0xFF000000ULL
#define ZVM_MANIFEST_SIZE 0xFF0000ULL
#define ZVM_SIGSTACK_ADDR 0xFFFF0000ULL
#define ZVM_SIGSTACK_SIZE 0x10000ULL
#define ZVM_USER_END 0x100000000ULL

/* The system call number that carries a trap to the supervisor.  It is not
 * a Linux system call; any other system call ends the session. */
#define ZVM_TRAP_SYSCALL 0x7a76

/* Used by the VM's own code in the trap page; not part of the nexe's API. */
#define ZVM_FAULT_MAGIC 0x746c756146ULL /* "Fault" */
#define ZVM_FAULT_RETURN_MAGIC 0x6e72757465524654ULL /* "TFReturn" */
#define ZVM_BOOT_ARMING 0x6d726141      /* "Arm" */
#define ZVM_BOOT_READY 0x79646552       /* "Redy" */
#define ZVM_AWAIT_MAGIC 0x7469617741ULL /* "Await" */

/* The doorbell: one cache line of the signal stack region through which
 * the trap entry hands a trap to a supervisor that is awake, and gets the
 * answer, without a system call (vm-core/trap.c explains the protocol).
 * Nothing in it is trusted: the nexe can write it like any of its memory. */
#define ZVM_DOORBELL_ADDR (ZVM_SIGSTACK_ADDR + 0x8000)
#define ZVM_DOORBELL_STATE 0   /* uint32: one of the states below */
#define ZVM_DOORBELL_AWAKE 4   /* uint32: nonzero while the supervisor polls */
#define ZVM_DOORBELL_ARGS 8    /* uint64: the trap's argument block */
#define ZVM_DOORBELL_RESULT 16 /* int64: the trap's result */
#define ZVM_DOORBELL_IDLE 0
#define ZVM_DOORBELL_POSTED 1   /* by the nexe: ARGS holds a trap */
#define ZVM_DOORBELL_CLAIMED 2  /* by the supervisor: being performed */
#define ZVM_DOORBELL_AWAITING 3 /* by the nexe: asleep until it is done */
#define ZVM_DOORBELL_DONE 4     /* by the supervisor: RESULT holds the answer */
#define ZVM_DOORBELL_WITHDRAWN 5 /* by the nexe: not taken, sent as a system call */
#define ZVM_DOORBELL_LONG 6      /* by the supervisor: CLAIMED, and worth sleeping on */

/*
 * Fault handlers: a nexe may catch its own synchronous faults (SIGSEGV,
 * SIGBUS, SIGFPE, SIGILL) by writing the table at ZVM_FAULT_ADDR, in the
 * VM's region.  Nothing in it is trusted: it is read by the supervisor
 * when a fault comes, which calls the handler only when the handler lies
 * in the nexe's own code and the frame below fits in memory the nexe may
 * write (not the VM's region).  Otherwise, and for every fault after the
 * first delivered one, the session ends with the fault's report as if no
 * handler had been set.  A zero table (every old nexe) catches nothing.
 *
 * The handler is called as handler(signo, &frame->info, &frame->context)
 * on the alternate stack (slot flag ZVM_FAULT_ONSTACK, a stack set, and
 * the fault not already on it) or else below the faulting stack pointer
 * and its 128-byte red zone, with the frame 16-byte aligned just above
 * the return address.  The return address leads back into the trap page:
 * a handler that returns ends the session with its fault's report (the
 * fault cannot be resumed).  A handler may leave by longjmp; a later
 * fault then ends the session.  Floating-point state is the initial one.
 *
 * An addition to ABI version 1, which it leaves at 1: an older nexe never
 * writes the table, and a newer nexe under an older zerovm is only ended
 * by its faults, as before.
 */
#define ZVM_FAULT_ADDR (ZVM_SIGSTACK_ADDR + 0x8100)
#define ZVM_FAULT_SEGV 0 /* slots, by the kernel's signal */
#define ZVM_FAULT_BUS 1
#define ZVM_FAULT_FPE 2
#define ZVM_FAULT_ILL 3
#define ZVM_FAULT_SLOTS 4
#define ZVM_FAULT_ONSTACK 1 /* slot flag: run on the alternate stack */
#define ZVM_FAULT_SS_ONSTACK 1 /* zvm_stack.ss_flags: the fault was on it */
#define ZVM_FAULT_SS_DISABLE 2 /* zvm_stack.ss_flags: no alternate stack */
#define ZVM_FAULT_RED_ZONE 128

/* Indexes into zvm_ucontext.gregs (the x86-64 System V order). */
#define ZVM_REG_R8 0
#define ZVM_REG_R9 1
#define ZVM_REG_R10 2
#define ZVM_REG_R11 3
#define ZVM_REG_R12 4
#define ZVM_REG_R13 5
#define ZVM_REG_R14 6
#define ZVM_REG_R15 7
#define ZVM_REG_RDI 8
#define ZVM_REG_RSI 9
#define ZVM_REG_RBP 10
#define ZVM_REG_RBX 11
#define ZVM_REG_RDX 12
#define ZVM_REG_RAX 13
#define ZVM_REG_RCX 14
#define ZVM_REG_RSP 15
#define ZVM_REG_RIP 16
#define ZVM_REG_EFL 17
#define ZVM_REG_CSGSFS 18 /* always 0 */
#define ZVM_REG_ERR 19    /* always 0 */
#define ZVM_REG_TRAPNO 20 /* the CPU exception: 0 #DE, 6 #UD, 13 #GP, 14 #PF... */
#define ZVM_REG_OLDMASK 21 /* always 0 */
#define ZVM_REG_CR2 22    /* the faulting address of SIGSEGV and SIGBUS */
#define ZVM_NGREG 23

/* The handler's %rflags: the arithmetic flags, DF and AC as the program
 * left them; IF and bit 1 set. */
#define ZVM_FAULT_EFLAGS_MASK 0x40cd5ULL
#define ZVM_FAULT_EFLAGS_SET 0x202ULL

#ifndef __ASSEMBLER__

struct zvm_fault_slot {
	uint64_t handler; /* 0: not caught */
	int32_t signo;    /* the handler's first argument and si_signo */
	uint32_t flags;   /* ZVM_FAULT_ONSTACK */
};

/* At ZVM_FAULT_ADDR. */
struct zvm_fault_table {
	uint64_t stack_sp;   /* the alternate stack's lowest address */
	uint64_t stack_size; /* 0: none */
	struct zvm_fault_slot slot[ZVM_FAULT_SLOTS];
};

/* The nexe's view of its fault table.  volatile: the VM reads it at a
 * fault, which the compiler cannot see. */
#define ZVM_FAULT_TABLE ((volatile struct zvm_fault_table *)(uintptr_t)ZVM_FAULT_ADDR)

/* siginfo_t as ZRT's C library lays it out (128 bytes; the names differ
 * from siginfo_t's, which C libraries define as macros).  code is the
 * kernel's si_code: SEGV_MAPERR 1, SEGV_ACCERR 2, FPE_INTDIV 1, ILL_ILLOPN
 * 2, BUS_ADRERR 2, SI_KERNEL 0x80 (rdtsc, cpuid, a non-canonical
 * address). */
struct zvm_siginfo {
	int32_t signo;
	int32_t error; /* always 0 */
	int32_t code;
	int32_t pad;
	uint64_t addr; /* the address for SIGSEGV and SIGBUS, else the instruction */
	uint64_t reserved[13];
};

/* stack_t. */
struct zvm_stack {
	uint64_t sp;
	int32_t flags; /* ZVM_FAULT_SS_* */
	uint32_t pad;
	uint64_t size;
};

/* ucontext_t as ZRT's C library lays it out (304 bytes). */
struct zvm_ucontext {
	uint64_t flags; /* always 0 */
	uint64_t link;  /* always 0 */
	struct zvm_stack stack; /* the alternate stack as set */
	int64_t gregs[ZVM_NGREG];
	uint64_t fpregs; /* always 0: no floating-point state is given */
	uint64_t reserved[8];
	uint64_t sigmask; /* always 0 */
};

/* What the supervisor writes for the handler; the handler's %rsp is the
 * frame's address - 8, where the return address is. */
struct zvm_fault_frame {
	uint64_t handler;
	uint64_t signo;
	struct zvm_siginfo info;
	struct zvm_ucontext context;
};

#endif /* !__ASSEMBLER__ */

/* Offsets for the trap page's code. */
#define ZVM_FAULT_FRAME_HANDLER 0
#define ZVM_FAULT_FRAME_SIGNO 8
#define ZVM_FAULT_FRAME_INFO 16
#define ZVM_FAULT_FRAME_CONTEXT 144
#define ZVM_FAULT_FRAME_SIZE 448

/* Trap ids: ASCII, little-endian, as in ZeroVM. */
#define TrapRead 0x64616552   /* "Read" */
#define TrapWrite 0x74697257  /* "Writ" */
#define TrapJail 0x6c69614a   /* "Jail" */
#define TrapUnjail 0x6c6a6e55 /* "Unjl" */
#define TrapExit 0x74697845   /* "Exit" */
#define TrapFork 0x6b726f46   /* "Fork" */
#define TrapWait 0x74696157   /* "Wait" */
#define TrapYield 0x646c6959  /* "Yild" */
#define TrapExec 0x63657845   /* "Exec" */

/*
 * Processes.  A session starts with one process, pid 1, and zvm_fork()
 * starts more, each with its own copy of the caller's memory but for the
 * shared region ([ZVM_SHARED_ADDR, +MANIFEST->shared_size)), whose pages
 * every process sees.  All share the channels.  Exactly one process runs
 * at a time: the supervisor switches only when the running one waits for
 * a child, yields or ends, and then to the next ready process in pid
 * order, so that a session's output does not depend on timing.  When pid 1
 * ends, the session ends and every other process with it.
 *
 * An addition to ABI version 1, which it leaves at 1: an older nexe never
 * makes these traps and finds its heap where the user manifest says (the
 * shared region only lowers ZVM_HEAP_LIMIT, which no nexe comes near); a
 * newer nexe under an older zerovm gets -ENOSYS or -EPERM from them and
 * a zero shared_size, and runs as one process.
 */
#define ZVM_MAX_PROCESSES 16 /* at once, ended ones not yet waited for included */
#define ZVM_WAIT_NOHANG 1    /* zvm_wait() option */
/* Wait statuses as <sys/wait.h> decodes them: an exit code in bits 8-15,
 * or the signal that ended the process in bits 0-6, numbered as ZRT's C
 * library numbers them. */
#define ZVM_WAIT_EXITED(code) (((code)&0xff) << 8)
#define ZVM_SIGILL 4
#define ZVM_SIGFPE 8
#define ZVM_SIGKILL 9
#define ZVM_SIGBUS 10
#define ZVM_SIGSEGV 11
#define ZVM_SIGTRAP 5

#ifndef __ASSEMBLER__

/* Channel access types (the manifest's Channel type field). */
enum AccessType {
	SGetSPut = 0, /* sequential read, sequential write */
	RGetSPut = 1, /* random read, sequential (append) write */
	SGetRPut = 2, /* sequential read, random write */
	RGetRPut = 3  /* random read, random write */
};

/* Indexes into ZVMChannel.limits. */
enum IOLimits {
	GetsLimit = 0,    /* number of reads */
	GetSizeLimit = 1, /* bytes read */
	PutsLimit = 2,    /* number of writes */
	PutSizeLimit = 3, /* bytes written */
	IOLimitsCount = 4
};

/* One channel as the nexe sees it.  Its index in MANIFEST->channels is its
 * descriptor for zvm_pread/zvm_pwrite: stdin, stdout, stderr are 0, 1, 2;
 * the rest follow in the alphabetical order of their aliases. */
struct ZVMChannel {
	int64_t limits[IOLimitsCount];
	int64_t size; /* bytes, for random-read channels; 0 for sequential */
	enum AccessType type;
	char *name; /* the alias, e.g. "/dev/stdin" */
};

/* The read-only user manifest at ZVM_MANIFEST_ADDR. */
struct UserManifest {
	void *heap_ptr;
	uint32_t heap_size;
	uint32_t stack_size;
	int32_t channels_count;
	struct ZVMChannel *channels;
	/* Additions to ABI version 1 (zero under an older zerovm). */
	void *shared_ptr;     /* ZVM_SHARED_ADDR */
	uint32_t shared_size; /* bytes: Memory, at most ZVM_SHARED_MAX */
};

#define MANIFEST ((const struct UserManifest *)ZVM_MANIFEST_ADDR)

/* The single trap entry at ZVM_TRAP_ADDR.  args[0] is the trap id, args[1]
 * is 0, args[2..] are the call's arguments.  Returns a non-negative result
 * or -errno. */
typedef int32_t (*zvm_trap_fn)(uint64_t *args);
#define zvm_trap ((zvm_trap_fn)(uintptr_t)ZVM_TRAP_ADDR)

/* Read up to size bytes from channel desc at offset (ignored for
 * sequential reads).  Returns bytes read, 0 at end of input, or -errno:
 * -EINVAL for a bad descriptor, buffer or offset, -EFAULT for size < 0,
 * -EDQUOT when the channel's read quota is spent. */
static inline int32_t zvm_pread(int desc, char *buffer, int32_t size, int64_t offset)
{
	uint64_t args[6] = {TrapRead, 0, (uint64_t)(int64_t)desc, (uint64_t)(uintptr_t)buffer,
			    (uint64_t)(int64_t)size, (uint64_t)offset};
	return zvm_trap(args);
}

/* Write size bytes to channel desc at offset (ignored for sequential
 * writes).  Returns bytes written or -errno; a write past the quota is
 * truncated to what remains, and -EDQUOT once nothing remains. */
static inline int32_t zvm_pwrite(int desc, const char *buffer, int32_t size, int64_t offset)
{
	uint64_t args[6] = {TrapWrite, 0, (uint64_t)(int64_t)desc, (uint64_t)(uintptr_t)buffer,
			    (uint64_t)(int64_t)size, (uint64_t)offset};
	return zvm_trap(args);
}

/* End the session with this exit code.  Does not return. */
static inline __attribute__((noreturn)) void zvm_exit(int32_t code)
{
	uint64_t args[3] = {TrapExit, 0, (uint64_t)(int64_t)code};
	zvm_trap(args);
	__builtin_unreachable();
}

/* Not built yet: return -ENOSYS. */
static inline int32_t zvm_jail(const void *buffer, int32_t size)
{
	uint64_t args[4] = {TrapJail, 0, (uint64_t)(uintptr_t)buffer, (uint64_t)(int64_t)size};
	return zvm_trap(args);
}

static inline int32_t zvm_unjail(const void *buffer, int32_t size)
{
	uint64_t args[4] = {TrapUnjail, 0, (uint64_t)(uintptr_t)buffer, (uint64_t)(int64_t)size};
	return zvm_trap(args);
}

/* Start a new process with a copy of this one's memory (the shared
 * region shared).  It begins at ip, which must lie in the nexe's code,
 * with %rsp = sp, %rdi = its pid, %rsi = its parent's pid, every other
 * register 0 and the initial floating-point state; it first runs when the
 * caller waits, yields or ends.  Returns the new pid (2 and up, never
 * reused in a session), -EAGAIN when ZVM_MAX_PROCESSES exist, or -EINVAL
 * for an ip outside the nexe's code. */
static inline int32_t zvm_fork(uint64_t ip, uint64_t sp)
{
	uint64_t args[4] = {TrapFork, 0, ip, sp};
	return zvm_trap(args);
}

/* Wait for a child (pid > 0: that one; -1: any) to end; store its wait
 * status at *status unless status is NULL.  Returns the child's pid, 0
 * with ZVM_WAIT_NOHANG when none has ended, -ECHILD when there is no such
 * child, -EINVAL for bad options or a status not in writable memory.
 * While it waits, the other processes run. */
static inline int32_t zvm_wait(int32_t pid, int32_t *status, int32_t options)
{
	uint64_t args[5] = {TrapWait, 0, (uint64_t)(int64_t)pid, (uint64_t)(uintptr_t)status,
			    (uint64_t)(int64_t)options};
	return zvm_trap(args);
}

/* Replace the running process's program with the nexe whose size bytes
 * are at nexe (the program read them from wherever it keeps them),
 * keeping its pid, parent, children and the channels.  The new program's
 * memory is built as the first program's was, with the shared region
 * kept, and a copy of the block_size bytes at block (at most
 * ZVM_EXEC_BLOCK_MAX) at the top of its stack.  It starts at its entry
 * with %rsp 16-byte aligned just below that copy, %rdi = the copy's
 * address and %rsi = block_size (the first program starts with both 0);
 * every other register 0, the initial floating-point state, no fault
 * handler.  Returns only on failure, with nothing changed: -ENOEXEC when
 * the bytes are not a nexe zerovm runs, -ENOMEM when Memory cannot hold
 * it, -E2BIG for a larger block, -EINVAL for buffers the program cannot
 * read, -EAGAIN when the host could not start the process. */
#define ZVM_EXEC_BLOCK_MAX 0x100000

static inline int32_t zvm_exec(const void *nexe, uint64_t size, const void *block,
			       uint64_t block_size)
{
	uint64_t args[6] = {
	    TrapExec, 0, (uint64_t)(uintptr_t)nexe, size, (uint64_t)(uintptr_t)block, block_size};
	return zvm_trap(args);
}

/* Let every other ready process run once before this one goes on.
 * Returns 0. */
static inline int32_t zvm_yield(void)
{
	uint64_t args[2] = {TrapYield, 0};
	return zvm_trap(args);
}

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif

#endif /* ZVM_H */
