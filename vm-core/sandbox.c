/*
 * sandbox.c - confining the child that runs the nexe.
 *
 * The supervisor forks the child first thing, before it reads the
 * manifest; the child walks the steps below in order, each a function of
 * its own, then jumps to the bootstrap in the trap page (trapcode.S),
 * which drops every host mapping and installs the seccomp filter as its
 * last system calls.  The steps that need nothing from the manifest or
 * the nexe (the descriptors, the limits, the privileges: most of the
 * child's setup time) run while the supervisor opens the channels and
 * builds user memory; the child then sleeps on a futex in the boot block
 * until user memory is ready, and maps it.  The filter sends every system
 * call to the supervisor through seccomp user notification: the trap
 * system call is served, the bootstrap's final close() is let through
 * once, and anything else ends the session with the call named in the
 * report.
 *
 * Why this order:
 *   - setsid first, so that the terminal's ^C reaches zerovm, which
 *     reports, and not the child;
 *   - every descriptor but user memory's is closed at once, so that the
 *     child holds none of zerovm's while it waits (the channels are
 *     opened after the fork and never reach it); user memory is mapped
 *     after the wait, and then its descriptor is closed too;
 *   - privileges are dropped before PR_SET_PDEATHSIG, because changing
 *     credentials clears the parent-death signal;
 *   - no_new_privs before the filter, as the kernel requires;
 *   - the filter last, after munmap of the host, so that it needs to
 *     allow nothing that the setup used.
 *
 * A failing step writes its number and errno into the boot block and
 * exits; the supervisor reports it when it finds the child gone.
 */
#define _GNU_SOURCE
#include "sandbox.h"

#include <asm/prctl.h>
#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__GLIBC__) && __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#endif

#include "die.h"
#include "filter.h"
#include "memory.h"
#include "trap.h"
#include <zvm.h>

extern const unsigned char zvm_trapcode_start[], zvm_trapcode_fault[], zvm_trapcode_fault_sys[],
	zvm_trapcode_fault_return[], zvm_trapcode_fault_return_sys[], zvm_trapcode_boot[],
	zvm_trapcode_boot_close[];

#define TRAPCODE_ADDR(sym) (ZVM_TRAP_ADDR + (uint64_t)((sym) - zvm_trapcode_start))

#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)
#endif
#ifndef SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP
#define SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP 1
#endif
#ifndef ARCH_SET_CPUID
#define ARCH_SET_CPUID 0x1012
#endif

#define NOBODY 65534

uint64_t sandbox_boot_close_ip(void)
{
	return TRAPCODE_ADDR(zvm_trapcode_boot_close);
}

uint64_t sandbox_fault_ip(void)
{
	return TRAPCODE_ADDR(zvm_trapcode_fault_sys);
}

uint64_t sandbox_fault_return_addr(void)
{
	return TRAPCODE_ADDR(zvm_trapcode_fault_return);
}

uint64_t sandbox_fault_return_ip(void)
{
	return TRAPCODE_ADDR(zvm_trapcode_fault_return_sys);
}

/* The handshake between supervisor and child, at MEMORY_BOOT_BLOCK in
 * the memfd, which both map shared: never mapped into the nexe. */
struct boot_block {
	uint32_t go;         /* futex: 0 until user memory is built, then 1 */
	uint32_t nregions;   /* the regions the child maps, from memory_regions() */
	uint32_t step, err;  /* a failed child step and its errno */
	uint64_t entry;      /* the nexe's entry point */
	struct {
		uint64_t start, end;
		int32_t prot;
		int32_t shared; /* mapped from the shared region's memfd */
	} region[MEMORY_MAX_REGIONS];
};

_Static_assert(MEMORY_BOOT_BLOCK + sizeof(struct boot_block) <= ZVM_NULL_GUARD_END,
	       "the boot block must stay in the never-mapped null guard");

static struct boot_block *boot_block(const struct session *s)
{
	return (struct boot_block *)(s->mem + MEMORY_BOOT_BLOCK);
}

/* The steps, numbered for the boot block. */
enum child_step {
	STEP_SESSION = 1,
	STEP_CLOSE,
	STEP_LIMITS,
	STEP_PRIVILEGES,
	STEP_PARENT,
	STEP_NO_NEW_PRIVS,
	STEP_TSC,
	STEP_THREAD,
	STEP_MAP,
	STEP_SIGNALS,
	STEP_COUNT
};

static const char *const step_names[STEP_COUNT] = {
	[STEP_SESSION] = "leaving the terminal's session",
	[STEP_MAP] = "mapping user memory",
	[STEP_SIGNALS] = "installing the fault handlers",
	[STEP_CLOSE] = "closing descriptors",
	[STEP_LIMITS] = "setting resource limits",
	[STEP_PRIVILEGES] = "dropping privileges",
	[STEP_PARENT] = "tying the child to zerovm",
	[STEP_NO_NEW_PRIVS] = "setting no_new_privs",
	[STEP_TSC] = "disabling the time-stamp counter",
	[STEP_THREAD] = "clearing thread registrations",
};

struct kernel_sigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t restorer;
	uint64_t mask;
};

#define SA_RESTORER_FLAG 0x04000000

static struct session *child_session;
static pid_t supervisor_pid;

static __attribute__((noreturn)) void child_fail(enum child_step step)
{
	struct boot_block *b = boot_block(child_session);

	b->err = (uint32_t)errno;
	__atomic_store_n(&b->step, step, __ATOMIC_RELEASE);
	_exit(127);
}

static void child_leave_session(void)
{
	if (setsid() < 0)
		child_fail(STEP_SESSION);
}

/* Sleep until the supervisor has built user memory and published its
 * regions.  The supervisor's death ends the wait with the parent-death
 * signal; its failure ends it with SIGKILL. */
static void child_wait_for_memory(struct session *s)
{
	uint32_t *go = &boot_block(s)->go;

	while (__atomic_load_n(go, __ATOMIC_ACQUIRE) == 0)
		syscall(SYS_futex, go, FUTEX_WAIT, 0, NULL, NULL, 0);
}

static void child_map_user_memory(struct session *s)
{
	const struct boot_block *b = boot_block(s);
	uint32_t i;

#if defined(__SANITIZE_ADDRESS__)
	/* AddressSanitizer keeps shadow memory below 4 GiB, and nothing of
	 * the host may stay in user memory's range.  Only then: unmapping
	 * the empty range costs over a millisecond on some machines. */
	if (munmap((void *)(uintptr_t)ZVM_NULL_GUARD_END, ZVM_USER_END - ZVM_NULL_GUARD_END) < 0)
		child_fail(STEP_MAP);
#endif
	if (b->nregions > MEMORY_MAX_REGIONS) {
		errno = E2BIG;
		child_fail(STEP_MAP);
	}
	for (i = 0; i < b->nregions; i++) {
		void *want = (void *)(uintptr_t)b->region[i].start;
		int shared = b->region[i].shared;
		void *got = mmap(want, b->region[i].end - b->region[i].start, b->region[i].prot,
				 MAP_SHARED | MAP_FIXED, shared ? s->shmfd : s->memfd,
				 (off_t)(b->region[i].start - (shared ? ZVM_SHARED_ADDR : 0)));

		if (got != want)
			child_fail(STEP_MAP);
	}
	/* User memory's descriptors were the last ones. */
	if (syscall(SYS_close_range, 0U, ~0U, 0U) < 0)
		child_fail(STEP_MAP);
}

/* Faults go to the trap page's handler, on the VM's own signal stack, so
 * that a nexe with a wrecked stack still gets its crash reported.  Raw
 * rt_sigaction: no library wrapper may substitute its own restorer.
 * Installed before user memory is mapped: a fault in between finds no
 * handler and stack and kills the child, as a failed setup should. */
static void child_fault_handlers(void)
{
	static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS};
	/* The signals zerovm itself handles or ignores: their handlers are
	 * host addresses that are about to disappear. */
	static const int zerovms[] = {SIGINT, SIGTERM, SIGHUP, SIGALRM, SIGPIPE};
	struct kernel_sigaction ka;
	stack_t ss;
	sigset_t none;
	size_t i;

	memset(&ka, 0, sizeof ka);
	ka.handler = (uint64_t)(uintptr_t)SIG_DFL;
	for (i = 0; i < sizeof zerovms / sizeof zerovms[0]; i++)
		if (syscall(SYS_rt_sigaction, zerovms[i], &ka, NULL, 8) < 0)
			child_fail(STEP_SIGNALS);
	memset(&ka, 0, sizeof ka);
	ka.handler = TRAPCODE_ADDR(zvm_trapcode_fault);
	/* SA_NODEFER: the handler never returns to the kernel (no
	 * sigreturn), so a blocked fault signal would stay blocked, and the
	 * kernel would kill the child at the next fault without a word.
	 * Unblocked, each fault reaches the supervisor, which decides. */
	ka.flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESTORER_FLAG;
	ka.restorer = TRAPCODE_ADDR(zvm_trapcode_fault_sys);
	for (i = 0; i < sizeof faults / sizeof faults[0]; i++)
		if (syscall(SYS_rt_sigaction, faults[i], &ka, NULL, 8) < 0)
			child_fail(STEP_SIGNALS);
	/* The region's top: below it are the doorbell and, during the
	 * bootstrap, its scratch area. */
	ss.ss_sp = (void *)(uintptr_t)(ZVM_DOORBELL_ADDR + 0x1000);
	ss.ss_size = ZVM_SIGSTACK_ADDR + ZVM_SIGSTACK_SIZE - (ZVM_DOORBELL_ADDR + 0x1000);
	ss.ss_flags = 0;
	if (sigaltstack(&ss, NULL) < 0)
		child_fail(STEP_SIGNALS);
	sigemptyset(&none);
	if (sigprocmask(SIG_SETMASK, &none, NULL) < 0)
		child_fail(STEP_SIGNALS);
}

/* Everything but user memory and the shared region, which the child maps
 * later. */
static void child_close_descriptors(struct session *s)
{
	unsigned int a = (unsigned int)s->memfd, b = (unsigned int)s->shmfd, t;

	if (a > b) {
		t = a;
		a = b;
		b = t;
	}
	if ((a > 0 && syscall(SYS_close_range, 0U, a - 1, 0U) < 0) ||
	    (b > a + 1 && syscall(SYS_close_range, a + 1, b - 1, 0U) < 0) ||
	    syscall(SYS_close_range, b + 1, ~0U, 0U) < 0)
		child_fail(STEP_CLOSE);
}

/* Defence in depth: the filter already forbids what these limit. */
static void child_limits(void)
{
	static const struct {
		int resource;
		rlim_t value;
	} limits[] = {
		/* no new descriptor until user memory's two are mapped
		 * and closed, then the listener until the bootstrap closes
		 * it */
		{RLIMIT_NOFILE, 1},
		{RLIMIT_CORE, 0},   {RLIMIT_FSIZE, 0}, {RLIMIT_NPROC, 0},
		{RLIMIT_MEMLOCK, 0}, {RLIMIT_MSGQUEUE, 0},
	};
	struct rlimit rl;
	size_t i;

	for (i = 0; i < sizeof limits / sizeof limits[0]; i++) {
		rl.rlim_cur = rl.rlim_max = limits[i].value;
		if (setrlimit(limits[i].resource, &rl) < 0)
			child_fail(STEP_LIMITS);
	}
}

/* Started as root: drop the bounding set, the groups and the ids.
 * Moving all ids from 0 to an unprivileged id clears every capability. */
static void child_drop_privileges(void)
{
	int cap;

	if (geteuid() != 0 && getuid() != 0)
		return;
	for (cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
			child_fail(STEP_PRIVILEGES);
	if (setgroups(0, NULL) < 0 || setresgid(NOBODY, NOBODY, NOBODY) < 0 ||
	    setresuid(NOBODY, NOBODY, NOBODY) < 0)
		child_fail(STEP_PRIVILEGES);
	if (setuid(0) == 0)
		child_fail(STEP_PRIVILEGES);
}

static void child_die_with_parent(void)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		child_fail(STEP_PARENT);
	/* The parent may have died before the line above. */
	if (getppid() != supervisor_pid)
		_exit(127);
}

static void child_no_new_privs(void)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		child_fail(STEP_NO_NEW_PRIVS);
}

/* rdtsc/rdtscp fault; CPUID faults where the CPU can fault it (ENODEV
 * elsewhere: CPUID then answers, with the host CPU's identity). */
static void child_deny_clocks(void)
{
	if (prctl(PR_SET_TSC, PR_TSC_SIGSEGV, 0, 0, 0) < 0)
		child_fail(STEP_TSC);
	(void)syscall(SYS_arch_prctl, ARCH_SET_CPUID, 0);
}

/* The C library registered host addresses with the kernel for this
 * thread (rseq area, robust futex list, clear-tid word).  After the host
 * is unmapped the kernel would write to them, or fault on them. */
extern __attribute__((weak)) const ptrdiff_t __rseq_offset;
extern __attribute__((weak)) const unsigned int __rseq_size;

static void child_forget_thread_state(void)
{
	/* The registered length must be repeated exactly; the C library
	 * registers the original 32-byte area but may export a smaller
	 * __rseq_size, so try both. */
	if (&__rseq_size != NULL && __rseq_size > 0) {
		void *area = (char *)__builtin_thread_pointer() + __rseq_offset;

		if (syscall(SYS_rseq, area, 32, 1 /* RSEQ_FLAG_UNREGISTER */,
			    0x53053053 /* RSEQ_SIG on x86 */) < 0 &&
		    syscall(SYS_rseq, area, __rseq_size, 1, 0x53053053) < 0)
			child_fail(STEP_THREAD);
	}
	(void)syscall(SYS_set_robust_list, NULL, 0);
	(void)syscall(SYS_set_tid_address, NULL);
}

static __attribute__((noreturn)) void child_run(struct session *s)
{
	void (*boot)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);

	child_leave_session();
	child_close_descriptors(s);
	child_limits();
	child_drop_privileges();
	child_die_with_parent();
	child_no_new_privs();
	child_deny_clocks();
	child_forget_thread_state();
	child_fault_handlers();
	child_wait_for_memory(s);
	child_map_user_memory(s);
	boot = (void (*)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t))(uintptr_t)
		TRAPCODE_ADDR(zvm_trapcode_boot);
	boot(MEMORY_BOOT_FPROG, boot_block(s)->entry, MEMORY_BOOT_READY, MEMORY_BOOT_XSAVE,
	     MEMORY_BOOT_START);
	_exit(127);
}

/* Place the filter in user memory, where the bootstrap finds it (and
 * wipes it after loading).  libseccomp built it when zerovm was built
 * (filter-gen.c): it is the same for every session. */
static void build_filter(struct session *s)
{
	struct sock_fprog *prog = (struct sock_fprog *)(s->mem + MEMORY_BOOT_FPROG);

	_Static_assert(sizeof zvm_filter < MEMORY_BOOT_FILTER_MAX, "the filter is too large");
	memcpy(s->mem + MEMORY_BOOT_FILTER, zvm_filter, sizeof zvm_filter);
	prog->len = (unsigned short)(sizeof zvm_filter / sizeof zvm_filter[0]);
	prog->filter = (struct sock_filter *)(uintptr_t)MEMORY_BOOT_FILTER;
}

/* The bootstrap resets the extended registers from this area: a zero
 * XSAVE header (every component in its initial state) and MXCSR's
 * power-on value, since XRSTOR loads MXCSR from memory regardless.  With
 * a zero header XRSTOR loads only the legacy area and the header; the rest
 * of the area, which it may still touch, is user memory's zeros. */
static void build_xsave_area(struct session *s)
{
	unsigned char *area = s->mem + MEMORY_BOOT_XSAVE;
	uint32_t mxcsr = 0x1f80;

	memset(area, 0, 512 + 64);
	memcpy(area + 24, &mxcsr, sizeof mxcsr);
}

/* Whether the kernel enabled XSAVE (CR4.OSXSAVE).  glibc has asked the
 * CPU already; under a hypervisor every CPUID instruction traps, at
 * several microseconds each, and with musl this is one of them. */
static int xsave_enabled(void)
{
#if defined(__GLIBC__) && __has_include(<sys/platform/x86.h>)
	return CPU_FEATURE_ACTIVE(OSXSAVE);
#else
	unsigned int a, b, c, d;

	return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_OSXSAVE);
#endif
}

/* The regions the child is to map, for it to read after the go, and
 * where it starts: at entry, with %rsp, %rdi and %rsi from start[]. */
static void publish_regions(struct session *s, uint64_t entry, const uint64_t start[3])
{
	struct boot_block *bb = boot_block(s);
	const struct memory_region *r;
	int i, n;

	r = memory_regions(&n);
	for (i = 0; i < n; i++) {
		bb->region[i].start = r[i].start;
		bb->region[i].end = r[i].end;
		bb->region[i].prot = r[i].prot;
		bb->region[i].shared = r[i].shared;
	}
	bb->nregions = (uint32_t)n;
	bb->entry = entry;
	memcpy(s->mem + MEMORY_BOOT_START, start, 3 * sizeof start[0]);
}

/* What the child's bootstrap reads from user memory: the filter, the
 * XSAVE area, the regions and where it starts. */
static void prepare(struct session *s, uint64_t entry, const uint64_t start[3])
{
	build_filter(s);
	build_xsave_area(s);
	publish_regions(s, entry, start);
}

void sandbox_prepare(struct session *s)
{
	static const uint64_t start[3] = {ZVM_STACK_TOP, 0, 0};

	if (!xsave_enabled())
		die(ZVM_EXIT_SANDBOX, "this CPU or kernel does not enable XSAVE, which the sandbox "
				      "needs to clear register state");
	prepare(s, s->img.entry, start);
}

static int child_gone(struct session *s)
{
	siginfo_t si;

	memset(&si, 0, sizeof si);
	return waitid(P_PIDFD, (id_t)s->pidfd, &si, WEXITED | WNOHANG | WNOWAIT) == 0 &&
	       si.si_pid != 0;
}

static __attribute__((noreturn)) void boot_failed(struct session *s)
{
	const struct boot_block *b = boot_block(s);
	uint32_t step;
	int st = 0;

	waitpid(s->pid, &st, 0);
	s->pid = 0;
	step = __atomic_load_n(&b->step, __ATOMIC_ACQUIRE);
	if (step > 0 && step < STEP_COUNT) {
		errno = (int)b->err;
		die_errno(ZVM_EXIT_SANDBOX, "sandbox setup failed while %s", step_names[step]);
	}
	if (WIFSIGNALED(st))
		die(ZVM_EXIT_SANDBOX, "sandbox setup failed: the child died of signal %d in the "
				      "bootstrap (is seccomp user notification available?)",
		    WTERMSIG(st));
	die(ZVM_EXIT_SANDBOX, "sandbox setup failed: the child exited with status %d",
	    WEXITSTATUS(st));
}

/* Wait for the bootstrap to install the filter.  It stores
 * ZVM_BOOT_ARMING and wakes this futex just before seccomp(), then stores
 * ZVM_BOOT_READY with no system call.  So: sleep until armed, then yield
 * to the child, which may need this CPU, until ready.  Returns the child's
 * listener descriptor, -1 on timeout, or -2 when zerovm is told to stop;
 * when late, -3 when the child died (else that dies here). */
static int wait_ready(struct session *s, int late)
{
	volatile uint32_t *ready = (volatile uint32_t *)(s->mem + MEMORY_BOOT_READY);
	struct timespec slice = {0, 5 * 1000 * 1000};
	unsigned long spins = 0;
	uint32_t v;

	while ((v = __atomic_load_n(&ready[0], __ATOMIC_ACQUIRE)) != ZVM_BOOT_READY) {
		if (v == 0) {
			/* A shared futex: the word is in the memfd, mapped by both. */
			syscall(SYS_futex, &ready[0], FUTEX_WAIT, 0, &slice, NULL, 0);
			spins = 0;
		} else {
			/* The child is in seccomp(), maybe waiting for this CPU. */
			sched_yield();
		}
		if (v == 0 || ++spins % 64 == 0) {
			if (child_gone(s)) {
				if (!late)
					boot_failed(s);
				errno = ECHILD;
				return -3;
			}
			/* Late, the supervisor reads no clock (the time-stamp
			 * counter faults for it then, trap.c): the timer's
			 * signal tells. */
			if (trap_timed_out || (!late && session_now() > s->deadline))
				return -1;
			if (trap_stop_signal)
				return -2;
		}
	}
	return (int)ready[1];
}

/* Whether zerovm may run on more than one CPU. */
static int several_cpus(void)
{
	cpu_set_t set;

	return sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 1;
}

/* Fork the host child, which walks the child's steps for s's user
 * memory.  Returns its pid, or -1 with errno. */
static pid_t fork_child(struct session *s)
{
	pid_t pid;

	child_session = s;
	fflush(NULL);
	pid = fork();
	if (pid == 0)
		child_run(s);
	return pid;
}

void sandbox_fork(struct session *s)
{
	supervisor_pid = getpid();
	s->pid = fork_child(s);
	if (s->pid < 0)
		die_errno(ZVM_EXIT_SANDBOX, "fork");
}

/* Let the child go, wait for its filter and take its listener.  Returns
 * 0; or, when late (a process forked during the session), -1 with the
 * child reaped on a timeout, a stop or a failed setup, which die before
 * the session runs. */
static int start_child(struct session *s, int late)
{
	struct boot_block *b = boot_block(s);
	int child_fd;
	uint32_t step;

	/* User memory, the filter and the regions are in place: go. */
	__atomic_store_n(&b->go, 1, __ATOMIC_RELEASE);
	syscall(SYS_futex, &b->go, FUTEX_WAKE, 1, NULL, NULL, 0);
	s->pidfd = (int)syscall(SYS_pidfd_open, s->pid, 0);
	if (s->pidfd < 0) {
		if (late)
			goto fail;
		die_errno(ZVM_EXIT_SANDBOX, "pidfd_open");
	}
	child_fd = wait_ready(s, late);
	if (child_fd < 0) {
		if (late)
			goto fail;
		kill(s->pid, SIGKILL);
		waitpid(s->pid, NULL, 0);
		if (child_fd == -2)
			die(ZVM_EXIT_INTERRUPT, "interrupted by signal %d while starting the sandbox",
			    (int)trap_stop_signal);
		die(ZVM_EXIT_TIMEOUT, "session timeout while starting the sandbox");
	}
	s->listener = (int)syscall(SYS_pidfd_getfd, s->pidfd, child_fd, 0);
	if (s->listener < 0) {
		if (late)
			goto fail;
		kill(s->pid, SIGKILL);
		waitpid(s->pid, NULL, 0);
		die_errno(ZVM_EXIT_SANDBOX, "taking the seccomp listener from the child");
	}
	return 0;
fail:
	kill(s->pid, SIGKILL);
	waitpid(s->pid, NULL, 0);
	step = __atomic_load_n(&b->step, __ATOMIC_ACQUIRE);
	if (step > 0 && step < STEP_COUNT) {
		errno = (int)b->err;
		note(1, "starting a process: sandbox setup failed while %s: %s", step_names[step],
		     strerror(errno));
	}
	s->pid = 0;
	if (s->pidfd >= 0)
		close(s->pidfd);
	s->pidfd = -1;
	return -1;
}

void sandbox_start(struct session *s)
{
	start_child(s, 0);
	/* With a CPU for each, the supervisor polls the doorbell after each
	 * trap (trap.c), so it and the child must not share one.  Otherwise
	 * wake the child on this CPU when answering it: a cross-CPU wakeup
	 * costs several times the rest of a trap.  Kernels before 6.6 lack
	 * the flag; traps are slower there, not wrong. */
	s->doorbell = several_cpus();
	note(2, s->doorbell ? "traps: through the doorbell while the supervisor polls"
			    : "traps: as system calls only (zerovm may use one CPU)");
	if (!s->doorbell && sandbox_sync_wakeup(s, 1) < 0)
		note(2, "seccomp listener: synchronous wake-up unavailable: %s", strerror(errno));
}

int sandbox_spawn(struct session *s, uint64_t entry, const uint64_t start[3])
{
	/* The copy holds the parent's scratch: its filter was wiped, its
	 * ready words are set, its doorbell may be in use.  Start afresh. */
	memset(s->mem + ZVM_SIGSTACK_ADDR, 0, MEMORY_BOOT_XSAVE - ZVM_SIGSTACK_ADDR);
	memset(s->mem + ZVM_DOORBELL_ADDR, 0, 64);
	memset(boot_block(s), 0, sizeof(struct boot_block));
	prepare(s, entry, start);
	s->pidfd = -1;
	s->pid = fork_child(s);
	if (s->pid < 0) {
		s->pid = 0;
		return -1;
	}
	if (start_child(s, 1) < 0)
		return -1;
	(void)sandbox_sync_wakeup(s, 1);
	return 0;
}

int sandbox_sync_wakeup(struct session *s, int on)
{
	return ioctl(s->listener, SECCOMP_IOCTL_NOTIF_SET_FLAGS,
		     (unsigned long)(on ? SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP : 0));
}
