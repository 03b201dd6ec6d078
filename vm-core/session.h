/*
 * session.h - the state of one zerovm session, shared by the stages.
 *
 * main() walks a session through the stages in order: manifest, channels,
 * loader, memory, sandbox, traps, report.  Each stage owns the fields it
 * fills and documents them here; only the supervisor ever sees this.
 */
#ifndef ZVM_SESSION_H
#define ZVM_SESSION_H

#include <signal.h>
#include <stdint.h>
#include <openssl/sha.h>
#include <sys/resource.h>
#include <sys/types.h>

#include "loader.h"
#include "manifest.h"
#include <zvm.h>

/* Start a SHA-256 digest.  The musl build's libcrypto leaves its CPU
 * detection, which picks the fastest SHA-256 code, to its first use
 * (vm-core/patches/openssl/0001); it runs once and then returns at once. */
#ifdef ZVM_OPENSSL_LAZY_CPUID
void OPENSSL_cpuid_setup(void);
#define etag_init(ctx) (OPENSSL_cpuid_setup(), SHA256_Init(ctx))
#else
#define etag_init(ctx) SHA256_Init(ctx)
#endif

/* One open channel (channel.c). */
struct channel {
	const struct manifest_channel *m;
	char *path;           /* the host path from the manifest */
	char *tmp_path;       /* write-only regular file: the file being written */
	char *resolved;       /* the link's target when path is a symbolic link */
	int fd;               /* owned by the supervisor, never by the nexe */
	mode_t kind;          /* S_IFREG, S_IFCHR or S_IFIFO */
	int readable, writable;
	int random_read, random_write;
	int null_device;      /* the fd is the null device: no system call needed */
	int64_t size;         /* bytes, for random reads; grows with random writes */
	int64_t wpos;         /* sequential write position on a read-write file */
	int64_t reads, rbytes, writes, wbytes; /* accounting, charged per trap */
	SHA256_CTX *etag;     /* SHA-256 of every byte moved, when etag = 1 */
};

/* The end of a session, as the report tells it. */
enum session_end {
	END_NONE = 0,
	END_EXIT,      /* zvm_exit(): "ok" */
	END_TIMEOUT,   /* "session timeout" */
	END_SIGNAL,    /* a fault in the nexe */
	END_SYSCALL,   /* a forbidden system call */
	END_KILLED,    /* died without telling why (e.g. a bad-ABI system call) */
	END_INTERRUPT, /* zerovm got SIGINT/SIGTERM/SIGHUP */
	END_INTERNAL   /* the supervisor failed */
};

/* User memory's regions (memory.c). */
#define MEMORY_MAX_REGIONS (LOADER_MAX_SEGMENTS + 5)

struct memory_region {
	uint64_t start, end; /* guest addresses, 4 KiB aligned */
	int prot;	     /* PROT_READ | PROT_WRITE | PROT_EXEC */
	int shared;	     /* the shared region: s->shmfd, not the process's memfd */
	const char *what;
};

/* One program's regions, sorted by address. */
struct memory_map {
	struct memory_region region[MEMORY_MAX_REGIONS];
	int n;
};

/* One process of the session (trap.c).  The session's pid, pidfd,
 * listener, memfd, mem and fault fields are those of the process that
 * runs; the table keeps them for every process. */
enum proc_state {
	PROC_FREE = 0,
	PROC_RUNNING, /* the one process whose system calls are served */
	PROC_READY,   /* stopped in a trap, its answer kept in answer_* */
	PROC_WAITING, /* stopped in zvm_wait() until a child ends */
	PROC_ZOMBIE   /* ended; its status waits for its parent */
};

struct proc {
	enum proc_state state;
	int32_t pid, ppid;    /* the session's numbers: 1 is the first process */
	pid_t host;           /* the host's, 0 once reaped */
	int pidfd, listener, memfd;
	unsigned char *mem;
	struct memory_map map;
	int fault_delivered, fault_signal;
	uint64_t fault_ip;
	uint64_t answer_id;   /* READY: the notification to answer */
	int64_t answer_val;
	uint32_t answer_flags;
	int32_t wait_pid;     /* WAITING: -1 or the child waited for */
	uint64_t wait_status; /* WAITING: where the status goes, or 0 */
	int32_t status;       /* ZOMBIE: the wait status */
};

struct session {
	const char *manifest_path;
	struct manifest m;

	/* channel.c */
	struct channel *ch;
	size_t nch;

	/* loader.c / memory.c */
	unsigned char *nexe;  /* the leading bytes the loader uses, a copy */
	size_t nexe_len;
	struct loader_image img;
	int memfd;            /* user memory, [0, 4 GiB) at the same offsets */
	unsigned char *mem;   /* the supervisor's view: mem + guest address */
	int shmfd;            /* the shared region, at offset 0 for ZVM_SHARED_ADDR */
	uint64_t shared_size;
	uint64_t heap_ptr, heap_size;
	uint64_t manifest_end;/* end of the user manifest's bytes */

	/* sandbox.c */
	pid_t pid;
	int pidfd;
	int listener;         /* the seccomp user-notification descriptor */
	int doorbell;         /* whether traps may go through the doorbell */
	double deadline;      /* CLOCK_MONOTONIC seconds */

	/* fault.c */
	int fault_delivered;  /* the nexe's fault handler was called */
	int fault_signal;     /* then: the fault's signal and instruction */
	uint64_t fault_ip;

	/* trap.c */
	struct proc proc[ZVM_MAX_PROCESSES];
	int cur;              /* the running process's index in proc[] */
	int32_t last_pid;     /* the last pid given */
	int forked;           /* more than one process ever ran: no doorbell */
	enum session_end end;
	int32_t exit_code;
	char state[256];      /* the report's exit state */
	struct rusage ru;     /* the CPU time of every process */
};

/* Set from a signal handler when the session must stop (timeout, SIGINT,
 * SIGTERM, SIGHUP): blocking channel I/O gives up with -EINTR. */
extern volatile sig_atomic_t session_cancelled;

/* Seconds on CLOCK_MONOTONIC. */
double session_now(void);

#endif
