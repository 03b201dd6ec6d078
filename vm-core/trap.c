/*
 * trap.c - the supervisor's loop: every system call of the child arrives
 * here as a seccomp notification, with its registers as the kernel saw
 * them.  The trap system call is checked against the channel table and
 * the memory map and performed; anything else ends the session.
 *
 * Nothing the nexe does may end zerovm here: bad descriptors, buffers and
 * offsets are answered with -EINVAL/-EFAULT, spent quotas with -EDQUOT.
 */
#define _GNU_SOURCE
#include "trap.h"

#include <errno.h>
#include <stdarg.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "channel.h"
#include "die.h"
#include "fault.h"
#include "memory.h"
#include "sandbox.h"
#include "syscall-names.h"
#include <zvm.h>

volatile sig_atomic_t trap_stop_signal, trap_timed_out;
/* The session's processes, while they may be signalled: by proc[] index. */
static volatile pid_t victims[ZVM_MAX_PROCESSES];

static void kill_victims(void)
{
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		if (victims[i] > 0)
			kill(victims[i], SIGKILL);
}

/* While the session may block (trap_arm() to the end of trap_run()). */
static volatile sig_atomic_t armed;

/* How often SIGALRM comes once the deadline passed or a stop came. */
#define INTERRUPT_USEC 10000

/* SIGALRM every 10 ms from now until trap_run() disarms the timer.  The
 * supervisor checks session_cancelled before each call that may block
 * (opening a FIFO, reading or writing one) and after EINTR, but a signal
 * can land between the check and the call, which would then block until
 * the other end acts, perhaps never: the next SIGALRM interrupts it. */
static void keep_interrupting(void)
{
	struct itimerval it = {{0, INTERRUPT_USEC}, {0, INTERRUPT_USEC}};

	if (armed)
		setitimer(ITIMER_REAL, &it, NULL);
}

/* Both handlers end the child at once: the loop then wakes on the
 * listener's hang-up, whatever it was blocked in. */
static void on_stop(int sig)
{
	int saved = errno;

	trap_stop_signal = sig;
	session_cancelled = 1;
	kill_victims();
	keep_interrupting();
	errno = saved;
}

/* The deadline, then every 10 ms (the timer's interval) until disarmed;
 * after a stop signal, only the interruptions keep_interrupting() asks
 * for. */
static void on_timer(int sig)
{
	int saved = errno;

	(void)sig;
	if (!trap_stop_signal)
		trap_timed_out = 1;
	session_cancelled = 1;
	kill_victims();
	errno = saved;
}

void trap_arm(struct session *s)
{
	struct sigaction sa;
	struct itimerval it;
	double left = s->deadline - session_now();

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocking open() or read() must return EINTR. */
	sa.sa_handler = on_stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_timer;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	if (left < 0.000001)
		left = 0.000001;
	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = (time_t)left;
	it.it_value.tv_usec = (suseconds_t)((left - (double)(time_t)left) * 1e6);
	if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
		it.it_value.tv_usec = 1;
	/* After the deadline, again every 10 ms: see keep_interrupting(). */
	it.it_interval.tv_usec = INTERRUPT_USEC;
	armed = 1;
	setitimer(ITIMER_REAL, &it, NULL);
}

/* Copy n 64-bit arguments from the guest, or fail. */
static int read_args(struct session *s, uint64_t addr, uint64_t *args, int n)
{
	if (!memory_allows(addr, (uint64_t)n * 8, PROT_READ))
		return -EFAULT;
	memcpy(args, s->mem + addr, (size_t)n * 8);
	return 0;
}

static int64_t do_io(struct session *s, int write, const uint64_t *a)
{
	int64_t desc = (int64_t)a[2];
	uint64_t buf = a[3];
	int32_t size = (int32_t)a[4];
	int64_t offset = (int64_t)a[5];
	struct channel *c;

	if (desc < 0 || (uint64_t)desc >= s->nch)
		return -EINVAL;
	if (size < 0)
		return -EFAULT;
	/* Reading fills the buffer, so it must be writable, and the other
	 * way round; the kernel enforces the same for the nexe itself. */
	if (!memory_allows(buf, (uint64_t)size, write ? PROT_READ : PROT_WRITE))
		return -EINVAL;
	c = &s->ch[desc];
	if (write)
		return channel_write(c, s->mem + buf, size, offset);
	return channel_read(c, s->mem + buf, size, offset);
}

static void end_session(struct session *s, enum session_end end, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void end_session(struct session *s, enum session_end end, const char *fmt, ...)
{
	va_list ap;

	if (s->end != END_NONE)
		return;
	s->end = end;
	va_start(ap, fmt);
	vsnprintf(s->state, sizeof s->state, fmt, ap);
	va_end(ap);
	kill_victims();
}

/* A fault in the nexe ends the session: signal sig at instruction ip. */
static void end_fault(struct session *s, int sig, uint64_t ip)
{
	end_session(s, END_SIGNAL, "Signal %d from untrusted code: Halting at 0x%llx", sig,
		    (unsigned long long)ip);
}

static int32_t running_pid(const struct session *s)
{
	return s->proc[s->cur].pid;
}

/* How an exit state names process pid: not at all for the first, whose
 * states read as they always have; " in process PID" for the others. */
static const char *in_process(int32_t pid, char buf[32])
{
	buf[0] = '\0';
	if (pid != 1)
		snprintf(buf, 32, " in process %d", (int)pid);
	return buf;
}

static void forbidden(struct session *s, const struct seccomp_data *d)
{
	char who[32];
	const char *name = NULL;
	size_t n = sizeof zvm_syscall_names / sizeof zvm_syscall_names[0];

	if (d->arch == AUDIT_ARCH_X86_64 && d->nr >= 0 && (size_t)d->nr < n)
		name = zvm_syscall_names[d->nr];
	end_session(s, END_SYSCALL, "forbidden system call %d (%s) at 0x%llx%s", d->nr,
		    name ? name : "unknown", (unsigned long long)d->instruction_pointer,
		    in_process(running_pid(s), who));
}

/*
 * Processes.  The session's pid, pidfd, listener, memfd, mem and fault
 * fields are those of the running process, s->proc[s->cur]; the others
 * are stopped in a system call whose answer the supervisor keeps (READY)
 * or owes once a child ends (WAITING).  Exactly one runs, so what the
 * processes do to the channels and the shared region happens in an order
 * that depends only on the program: the supervisor switches only when the
 * running process waits, yields or ends, and then to the ready process
 * next in pid order.
 */

/* Whether answers wake the child on this CPU (sandbox_sync_wakeup()):
 * not while polling, which needs the child on a CPU of its own; else yes. */
static int sync_wake = -1;

static void match_child_cpu_controls(int on);

/* The kernel's notification buffer, sized in trap_run(). */
static struct seccomp_notif *req;
static size_t req_size;

static void proc_save(struct session *s)
{
	struct proc *p = &s->proc[s->cur];

	p->host = s->pid;
	p->pidfd = s->pidfd;
	p->listener = s->listener;
	p->memfd = s->memfd;
	p->mem = s->mem;
	memory_map_get(&p->map);
	p->fault_delivered = s->fault_delivered;
	p->fault_signal = s->fault_signal;
	p->fault_ip = s->fault_ip;
}

static void proc_load(struct session *s, int i)
{
	const struct proc *p = &s->proc[i];

	s->cur = i;
	s->pid = p->host;
	s->pidfd = p->pidfd;
	s->listener = p->listener;
	s->memfd = p->memfd;
	s->mem = p->mem;
	memory_map_set(&p->map);
	s->fault_delivered = p->fault_delivered;
	s->fault_signal = p->fault_signal;
	s->fault_ip = p->fault_ip;
}

static void add_rusage(struct rusage *sum, const struct rusage *ru)
{
	timeradd(&sum->ru_utime, &ru->ru_utime, &sum->ru_utime);
	timeradd(&sum->ru_stime, &ru->ru_stime, &sum->ru_stime);
}

/* Host processes killed but not yet reaped (release(), RELEASE_LATER). */
static pid_t unreaped[4 * ZVM_MAX_PROCESSES];
static int nunreaped;

/* Reap what release() left: the ones already gone, or with block every
 * one.  Their CPU time counts like the others'. */
static void reap_unreaped(struct session *s, int block)
{
	struct rusage ru;
	int i = 0, status;
	pid_t r;

	while (i < nunreaped) {
		memset(&ru, 0, sizeof ru);
		r = wait4(unreaped[i], &status, block ? 0 : WNOHANG, &ru);
		if (r < 0 && errno == EINTR)
			continue;
		if (r == 0) {
			i++;
			continue;
		}
		if (r > 0)
			add_rusage(&s->ru, &ru);
		unreaped[i] = unreaped[--nunreaped];
	}
}

/* release()'s flags. */
#define RELEASE_KEEP_MEMORY 1 /* the first process's, for the memory etag */
#define RELEASE_LATER	    2 /* reap the killed host process later */

/* Kill process i's host process, reap it (unless RELEASE_LATER), and
 * close what the supervisor holds for it (its user memory too, unless
 * RELEASE_KEEP_MEMORY).  Returns the host's wait status, 0 when later.
 * A killed process's memory is torn down as it exits, which takes the
 * kernel long enough (most of a millisecond) to be worth not waiting for
 * when another process is to run: its wait4() comes at a later release()
 * or at the session's end. */
static int release(struct session *s, int i, int flags)
{
	struct proc *p = &s->proc[i];
	struct rusage ru;
	int status = 0;

	if (p->host > 0) {
		kill(p->host, SIGKILL);
		if (flags & RELEASE_LATER) {
			reap_unreaped(s, 0);
			if (nunreaped == (int)(sizeof unreaped / sizeof unreaped[0]))
				reap_unreaped(s, 1);
			unreaped[nunreaped++] = p->host;
		} else {
			memset(&ru, 0, sizeof ru);
			while (wait4(p->host, &status, 0, &ru) < 0 && errno == EINTR)
				;
			add_rusage(&s->ru, &ru);
		}
	}
	victims[i] = 0;
	p->host = 0;
	if (p->listener >= 0)
		close(p->listener);
	if (p->pidfd >= 0)
		close(p->pidfd);
	p->listener = p->pidfd = -1;
	if (!(flags & RELEASE_KEEP_MEMORY)) {
		memory_release(p->memfd, p->mem);
		p->memfd = -1;
		p->mem = NULL;
	}
	return status;
}

/* Hand zombie z's status to the waiting parent w, whose user memory is
 * mem; z's slot is free again.  Returns z's pid. */
static int32_t reap(struct proc *w, unsigned char *mem, struct proc *z)
{
	int32_t pid = z->pid;

	if (w->wait_status != 0)
		memcpy(mem + w->wait_status, &z->status, sizeof z->status);
	memset(z, 0, sizeof *z);
	return pid;
}

/* The index of process w's ended child that a wait for pid (-1: any)
 * takes, the lowest pid first; -1 when none has ended; -2 when w has no
 * such child at all. */
static int ended_child(const struct session *s, int32_t parent, int32_t pid)
{
	int i, any = 0, best = -1;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++) {
		const struct proc *c = &s->proc[i];

		if (c->state == PROC_FREE || c->ppid != parent || (pid != -1 && c->pid != pid))
			continue;
		any = 1;
		if (c->state == PROC_ZOMBIE && (best < 0 || c->pid < s->proc[best].pid))
			best = i;
	}
	return best >= 0 ? best : any ? -1 : -2;
}

/* Processes waiting for a child that has now ended become ready. */
static void wake_waiters(struct session *s)
{
	int i, z;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++) {
		struct proc *w = &s->proc[i];

		if (w->state != PROC_WAITING)
			continue;
		z = ended_child(s, w->pid, w->wait_pid);
		if (z < 0)
			continue;
		w->answer_val = reap(w, w->mem, &s->proc[z]);
		w->state = PROC_READY;
	}
}

/* The running process, not the first, has ended with a wait status: its
 * children go to process 1, its parent may be waiting for it. */
static void end_process(struct session *s, int32_t status)
{
	struct proc *p = &s->proc[s->cur];
	int i;

	proc_save(s);
	release(s, s->cur, RELEASE_LATER);
	proc_load(s, s->cur);
	p->state = PROC_ZOMBIE;
	p->status = status;
	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		if (s->proc[i].state != PROC_FREE && s->proc[i].ppid == p->pid)
			s->proc[i].ppid = 1;
	wake_waiters(s);
}

/* The signal a fault ends a process with, as <sys/wait.h> numbers it in
 * the nexe's C library. */
static int32_t zvm_signal(int sig)
{
	switch (sig) {
	case SIGILL:
		return ZVM_SIGILL;
	case SIGFPE:
		return ZVM_SIGFPE;
	case SIGBUS:
		return ZVM_SIGBUS;
	case SIGSEGV:
		return ZVM_SIGSEGV;
	case SIGTRAP:
		return ZVM_SIGTRAP;
	default:
		return ZVM_SIGKILL;
	}
}

/* Run the ready process that comes after pid in pid order (wrapping),
 * answering the system call it is stopped in. */
static void run_next(struct session *s, int32_t after)
{
	struct seccomp_notif_resp resp;
	int i, best = -1, first = -1;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++) {
		const struct proc *p = &s->proc[i];

		if (p->state != PROC_READY)
			continue;
		if (first < 0 || p->pid < s->proc[first].pid)
			first = i;
		if (p->pid > after && (best < 0 || p->pid < s->proc[best].pid))
			best = i;
	}
	if (best < 0)
		best = first;
	if (best < 0) {
		/* Every process waits for a child: cannot happen, since a
		 * process with no child never waits. */
		end_session(s, END_INTERNAL, "no process of the session can run");
		return;
	}
	if (s->proc[s->cur].state == PROC_READY || s->proc[s->cur].state == PROC_WAITING)
		proc_save(s);
	proc_load(s, best);
	s->proc[best].state = PROC_RUNNING;
	memset(&resp, 0, sizeof resp);
	resp.id = s->proc[best].answer_id;
	resp.val = s->proc[best].answer_val;
	resp.flags = s->proc[best].answer_flags;
	/* A process that is gone (ENOENT) is found so by the next receive. */
	if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) < 0 && errno != ENOENT)
		die_errno(ZVM_EXIT_SANDBOX, "answering the child");
}

/* Whether a process other than the running one is ready. */
static int others_ready(const struct session *s)
{
	int i;

	for (i = 0; i < ZVM_MAX_PROCESSES; i++)
		if (i != s->cur && s->proc[i].state == PROC_READY)
			return 1;
	return 0;
}

/* What a host failure to make a process's memory means to the nexe:
 * -ENOMEM when memory ran out, else -EAGAIN (try again later). */
static int64_t host_error(int e)
{
	return e == -ENOMEM ? -ENOMEM : -EAGAIN;
}

/* Take a new process's first system call, the bootstrap's close, from
 * s->listener.  Returns its id, or 0 when it did not come. */
static uint64_t take_boot_close(struct session *s)
{
	for (;;) {
		memset(req, 0, req_size);
		if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_RECV, req) == 0)
			break;
		if (errno != EINTR || trap_stop_signal || trap_timed_out) {
			note(1, "the new process did not start: %s", strerror(errno));
			return 0;
		}
	}
	if (req->data.nr != SYS_close || req->data.instruction_pointer != sandbox_boot_close_ip()) {
		note(1, "the new process made system call %d first", req->data.nr);
		return 0;
	}
	return req->id;
}

/* Undo sandbox_spawn(): the new host process (s->pid) goes, reaped, with
 * the descriptors the supervisor took for it. */
static void abandon(struct session *s)
{
	struct rusage ru;

	kill(s->pid, SIGKILL);
	memset(&ru, 0, sizeof ru);
	while (wait4(s->pid, NULL, 0, &ru) < 0 && errno == EINTR)
		;
	add_rusage(&s->ru, &ru);
	close(s->listener);
	close(s->pidfd);
}

/* zvm_fork(ip, sp).  The child starts once its bootstrap's close is let
 * through, which waits, as its answer, until the child's turn. */
static int64_t fork_process(struct session *s, const uint64_t *a)
{
	uint64_t start[3], id;
	int i, slot = -1, parent = s->cur, e, fd;
	unsigned char *mem;
	int32_t pid;

	if (!memory_is_code(a[2]))
		return -EINVAL;
	for (i = 0; i < ZVM_MAX_PROCESSES && slot < 0; i++)
		if (s->proc[i].state == PROC_FREE)
			slot = i;
	if (slot < 0 || s->last_pid == INT32_MAX)
		return -EAGAIN;
	pid = s->last_pid + 1;
	proc_save(s);
	start[0] = a[3];
	start[1] = (uint64_t)pid;
	start[2] = (uint64_t)running_pid(s);
	e = memory_copy(s, &fd, &mem);
	if (e < 0) {
		note(1, "fork: copying user memory: %s", strerror(-e));
		return host_error(e);
	}
	s->memfd = fd;
	s->mem = mem;
	s->fault_delivered = 0;
	s->fault_signal = 0;
	s->fault_ip = 0;
	if (sandbox_spawn(s, a[2], start) < 0) {
		note(1, "fork: starting the process: %s", strerror(errno));
		goto fail;
	}
	victims[slot] = s->pid;
	id = take_boot_close(s);
	if (id == 0)
		goto fail_started;
	s->cur = slot;
	s->proc[slot] = (struct proc){.state = PROC_READY,
				      .pid = pid,
				      .ppid = s->proc[parent].pid,
				      .answer_id = id,
				      .answer_flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE};
	proc_save(s);
	proc_load(s, parent);
	s->last_pid = pid;
	if (!s->forked) {
		/* From now on every trap is a system call, so that the
		 * supervisor can keep a process stopped in one. */
		s->forked = 1;
		(void)sandbox_sync_wakeup(s, 1);
	}
	return pid;
fail_started:
	victims[slot] = 0;
	abandon(s);
fail:
	memory_release(s->memfd, s->mem);
	proc_load(s, parent);
	return -EAGAIN;
}

/* The largest nexe a process may exec: as for Program (main.c). */
#define EXEC_NEXE_MAX (1ULL << 30)

/* zvm_exec(nexe, size, block, block_size).  On success the running
 * process is a new host process, already let go, and the old one is
 * gone: returns 0 (nothing to answer).  Else returns 1 with *ret. */
static int exec_program(struct session *s, const uint64_t *a, int64_t *ret)
{
	struct proc old;
	struct loader_image img;
	struct seccomp_notif_resp resp;
	unsigned char *bytes = NULL, *block = NULL, *mem;
	uint64_t start[3], at, id;
	char err[256];
	int fd, e;

	if (a[5] > ZVM_EXEC_BLOCK_MAX) {
		*ret = -E2BIG;
		return 1;
	}
	if (a[3] == 0 || a[3] > EXEC_NEXE_MAX || !memory_allows(a[2], a[3], PROT_READ) ||
	    !memory_allows(a[4], a[5], PROT_READ)) {
		*ret = -EINVAL;
		return 1;
	}
	/* Private copies: the checks and the build read these alone. */
	bytes = malloc((size_t)a[3]);
	block = malloc((size_t)a[5] + 1);
	if (bytes == NULL || block == NULL) {
		*ret = -ENOMEM;
		goto out;
	}
	memcpy(bytes, s->mem + a[2], (size_t)a[3]);
	memcpy(block, s->mem + a[4], (size_t)a[5]);
	if (loader_check(bytes, (size_t)a[3], &img, err, sizeof err) != LOADER_OK) {
		note(1, "exec: %s", err);
		*ret = -ENOEXEC;
		goto out;
	}
	e = memory_new(s, &fd, &mem);
	if (e < 0) {
		*ret = host_error(e);
		goto out;
	}
	proc_save(s);
	old = s->proc[s->cur];
	s->memfd = fd;
	s->mem = mem;
	s->img = img;
	s->nexe = bytes;
	e = memory_build_exec(s);
	s->nexe = NULL;
	if (e < 0) {
		*ret = host_error(e);
		goto undo;
	}
	at = (ZVM_STACK_TOP - a[5]) & ~15ULL;
	memcpy(s->mem + at, block, (size_t)a[5]);
	start[0] = at;
	start[1] = a[5] ? at : 0;
	start[2] = a[5];
	if (sandbox_spawn(s, img.entry, start) < 0) {
		*ret = -EAGAIN;
		goto undo;
	}
	id = take_boot_close(s);
	if (id == 0) {
		abandon(s);
		*ret = -EAGAIN;
		goto undo;
	}
	/* The new program is in place: the old one goes. */
	s->proc[s->cur] = old;
	release(s, s->cur, RELEASE_LATER);
	victims[s->cur] = s->pid;
	s->fault_delivered = 0;
	s->fault_signal = 0;
	s->fault_ip = 0;
	proc_save(s);
	sync_wake = 1; /* as sandbox_spawn() left the new listener */
	memset(&resp, 0, sizeof resp);
	resp.id = id;
	resp.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
	if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) < 0 && errno != ENOENT)
		die_errno(ZVM_EXIT_SANDBOX, "answering the child");
	free(bytes);
	free(block);
	return 0;
undo:
	memory_release(fd, mem);
	proc_load(s, s->cur);
out:
	free(bytes);
	free(block);
	return 1;
}

/* Fork and Exec allocate, fork the host process and may read the clock
 * (the C library's allocator or a sanitizer's does): lift the clock
 * controls the loop keeps (match_child_cpu_controls()) meanwhile.  Both
 * take far longer than the two switches. */
static int64_t do_fork(struct session *s, const uint64_t *a)
{
	int64_t r;

	match_child_cpu_controls(0);
	r = fork_process(s, a);
	match_child_cpu_controls(1);
	return r;
}

static int do_exec(struct session *s, const uint64_t *a, int64_t *ret)
{
	int r;

	match_child_cpu_controls(0);
	r = exec_program(s, a, ret);
	match_child_cpu_controls(1);
	return r;
}

/* zvm_wait(pid, status, options).  Returns 1 with *ret, or 2 when the
 * process waits. */
static int do_wait(struct session *s, const uint64_t *a, int64_t *ret)
{
	struct proc *me = &s->proc[s->cur];
	int32_t pid = (int32_t)a[2];
	int z;

	if ((int64_t)a[2] != pid || (pid <= 0 && pid != -1) || (a[4] & ~(uint64_t)ZVM_WAIT_NOHANG) ||
	    (a[3] != 0 && !memory_allows(a[3], sizeof(int32_t), PROT_READ | PROT_WRITE))) {
		*ret = -EINVAL;
		return 1;
	}
	me->wait_pid = pid;
	me->wait_status = a[3];
	z = ended_child(s, me->pid, pid);
	if (z == -2) {
		*ret = -ECHILD;
		return 1;
	}
	if (z >= 0) {
		*ret = reap(me, s->mem, &s->proc[z]);
		return 1;
	}
	if (a[4] & ZVM_WAIT_NOHANG) {
		*ret = 0;
		return 1;
	}
	me->state = PROC_WAITING;
	return 2;
}

/* Perform the trap whose argument block is at guest address addr.
 * Returns 1 with *ret the answer, or 0 when the session is over. */
static int serve(struct session *s, uint64_t addr, int64_t *ret, int via_doorbell)
{
	uint64_t args[6];

	*ret = read_args(s, addr, args, 2);
	if (*ret != 0)
		return 1;
	/* Ids are whole 64-bit words: 0x1_64616552 is not Read. */
	if (args[0] > UINT32_MAX) {
		*ret = -EPERM;
		return 1;
	}
	switch ((uint32_t)args[0]) {
	case TrapRead:
	case TrapWrite:
		*ret = read_args(s, addr, args, 6);
		if (*ret == 0)
			*ret = do_io(s, (uint32_t)args[0] == TrapWrite, args);
		return 1;
	case TrapExit:
		*ret = read_args(s, addr, args, 3);
		if (*ret != 0)
			return 1;
		if (running_pid(s) != 1) {
			end_process(s, ZVM_WAIT_EXITED((int32_t)args[2]));
			return 2;
		}
		s->exit_code = (int32_t)args[2];
		end_session(s, END_EXIT, "ok");
		return 0;
	case TrapFork:
		*ret = read_args(s, addr, args, 4);
		if (*ret == 0)
			*ret = do_fork(s, args);
		return 1;
	case TrapWait:
		*ret = read_args(s, addr, args, 5);
		if (*ret != 0)
			return 1;
		return do_wait(s, args, ret);
	case TrapYield:
		*ret = 0;
		if (!others_ready(s))
			return 1;
		s->proc[s->cur].state = PROC_READY;
		s->proc[s->cur].answer_val = 0;
		return 2;
	case TrapExec:
		*ret = read_args(s, addr, args, 6);
		if (*ret != 0)
			return 1;
		/* Not through the doorbell, whose memory it replaces: take()
		 * leaves an Exec to the system call. */
		if (via_doorbell) {
			*ret = -EAGAIN;
			return 1;
		}
		return do_exec(s, args, ret);
	case TrapJail:
	case TrapUnjail:
		*ret = -ENOSYS;
		return 1;
	default:
		*ret = -EPERM;
		return 1;
	}
}

/* Transfers from this size up take long enough (some 10 us and more) for
 * the nexe to sleep through them rather than spin. */
#define LONG_TRAP_BYTES 65536

static int long_trap(struct session *s, uint64_t addr)
{
	uint64_t args[6];

	return read_args(s, addr, args, 6) == 0 &&
	       (args[0] == TrapRead || args[0] == TrapWrite) &&
	       (int32_t)args[4] >= LONG_TRAP_BYTES;
}

/* A fault ended the running process: the session, when it is the first
 * one.  Returns what handle() returns. */
static int fault_end(struct session *s, int sig, uint64_t ip)
{
	if (running_pid(s) == 1) {
		end_fault(s, sig, ip);
		return 0;
	}
	end_process(s, zvm_signal(sig));
	return 2;
}

/* Answer one notification.  Returns 1 to send resp, 0 to send nothing
 * (the session is over), 2 when the running process stopped without an
 * answer (it waits, yields or ended): another one is to run. */
static int handle(struct session *s, const struct seccomp_notif *note,
		  struct seccomp_notif_resp *resp, int *booted, int *short_trap)
{
	const struct seccomp_data *d = &note->data;
	int64_t ret;
	int r;

	resp->id = note->id;
	resp->val = 0;
	resp->error = 0;
	resp->flags = 0;
	if (d->arch != AUDIT_ARCH_X86_64) {
		forbidden(s, d);
		return 0;
	}
	if (!*booted) {
		/* The bootstrap's close of its copy of the listener: the only
		 * system call that ever runs in the child under the filter. */
		if (d->nr == SYS_close && d->instruction_pointer == sandbox_boot_close_ip()) {
			*booted = 1;
			*short_trap = 1;
			resp->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
			return 1;
		}
		forbidden(s, d);
		return 0;
	}
	if (d->nr != ZVM_TRAP_SYSCALL) {
		forbidden(s, d);
		return 0;
	}
	if (d->args[0] == ZVM_FAULT_MAGIC && d->instruction_pointer == sandbox_fault_ip()) {
		/* The nexe's own handler, if it has a usable one: the
		 * answer is the stack pointer to call it with. */
		ret = (int64_t)fault_deliver(s, (int)d->args[1], d->args[2], d->args[4],
					     d->args[5]);
		if (ret != 0) {
			resp->val = ret;
			return 1;
		}
		return fault_end(s, (int)d->args[1], d->args[2]);
	}
	/* That handler returned: the process ends with its fault's report.
	 * Anyone else calling there gets an unknown trap's answer. */
	if (d->args[0] == ZVM_FAULT_RETURN_MAGIC &&
	    d->instruction_pointer == sandbox_fault_return_ip() && s->fault_delivered)
		return fault_end(s, s->fault_signal, s->fault_ip);
	/* The trap entry sleeping until a doorbell trap is done: it is,
	 * since this loop performs one thing at a time.  Answered with
	 * nothing, whoever asks. */
	if (d->args[0] == ZVM_AWAIT_MAGIC)
		return 1;
	*short_trap = !long_trap(s, d->args[0]);
	s->proc[s->cur].answer_id = note->id;
	s->proc[s->cur].answer_flags = 0;
	r = serve(s, d->args[0], &ret, 0);
	if (r != 1)
		return r;
	resp->val = ret;
	return 1;
}

/*
 * The doorbell (zvm.h) saves the two task switches of a trap that goes
 * through the kernel, which cost several microseconds under a hypervisor.
 * After each trap the supervisor stays awake for a while, polling the
 * doorbell on its own CPU; the trap entry posts there while AWAKE is set
 * and falls back to the trap system call when nobody takes the trap:
 *
 *   nexe:        IDLE/DONE/WITHDRAWN -> POSTED   (ARGS written first; from
 *                                                 any other state, the
 *                                                 trap system call)
 *   supervisor:  POSTED -> CLAIMED -> DONE       (RESULT written first)
 *   nexe:        POSTED -> WITHDRAWN             (not taken in time: it makes
 *                                                 the trap system call instead)
 *   supervisor:  CLAIMED -> LONG                 (a large transfer: a hint)
 *   nexe:        CLAIMED/LONG -> AWAITING        (a long trap: it sleeps in the
 *                                                 trap system call until DONE)
 *
 * The nexe can write every field at any time.  The supervisor reads ARGS
 * once, after its claim succeeded, and checks it like a system call's
 * argument; a nexe that breaks the protocol only gets wrong answers.
 * Polling only pays with a CPU for each side, so it is off when zerovm
 * may run on one CPU only.
 */
struct doorbell {
	uint32_t state;
	uint32_t awake;
	uint64_t args;
	int64_t result;
};

_Static_assert(offsetof(struct doorbell, state) == ZVM_DOORBELL_STATE, "doorbell layout");
_Static_assert(offsetof(struct doorbell, awake) == ZVM_DOORBELL_AWAKE, "doorbell layout");
_Static_assert(offsetof(struct doorbell, args) == ZVM_DOORBELL_ARGS, "doorbell layout");
_Static_assert(offsetof(struct doorbell, result) == ZVM_DOORBELL_RESULT, "doorbell layout");

/* How long the supervisor polls after a trap, in PAUSE instructions (some
 * 10 to 50 ns each): longer than waking the child on another CPU takes
 * under a hypervisor, so that its next trap finds the doorbell open. */
#define POLL_SPINS 4096

/* Take and perform one posted trap.  Returns 1 when one was performed
 * (or the session ended), 0 when none was posted; sets *ended when
 * polling should stop. */
static int take(struct session *s, struct doorbell *db, int *ended)
{
	uint32_t expect = ZVM_DOORBELL_POSTED, claimed = ZVM_DOORBELL_CLAIMED;
	uint64_t addr;
	int64_t ret;

	/* With several processes a trap may have to wait for an answer:
	 * only a system call can. */
	if (s->forked) {
		*ended = 1;
		return 0;
	}
	if (__atomic_load_n(&db->state, __ATOMIC_ACQUIRE) != ZVM_DOORBELL_POSTED)
		return 0;
	/* An Exec replaces the memory the doorbell is in: leave it posted
	 * until the nexe withdraws it and makes the system call.  (A nexe
	 * that changes its arguments after posting gets -EAGAIN from
	 * serve() instead.) */
	addr = __atomic_load_n(&db->args, __ATOMIC_RELAXED);
	if (memory_allows(addr, 8, PROT_READ) &&
	    __atomic_load_n((uint64_t *)(s->mem + addr), __ATOMIC_RELAXED) == TrapExec) {
		*ended = 1;
		return 0;
	}
	if (!__atomic_compare_exchange_n(&db->state, &expect, ZVM_DOORBELL_CLAIMED, 0,
					 __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
		return 0;
	addr = __atomic_load_n(&db->args, __ATOMIC_RELAXED);
	/* Tell the nexe not to spin through a long transfer.  Only a hint:
	 * serve() reads and checks the arguments for itself. */
	if (long_trap(s, addr))
		__atomic_compare_exchange_n(&db->state, &claimed, ZVM_DOORBELL_LONG, 0,
					    __ATOMIC_RELAXED, __ATOMIC_RELAXED);
	if (serve(s, addr, &ret, 1) != 1) {
		*ended = 1;
		return 1;
	}
	__atomic_store_n(&db->result, ret, __ATOMIC_RELAXED);
	/* A nexe that went to sleep waits for the answer to its system call:
	 * stop polling so that the loop sends it. */
	if (__atomic_exchange_n(&db->state, ZVM_DOORBELL_DONE, __ATOMIC_RELEASE) ==
	    ZVM_DOORBELL_AWAITING)
		*ended = 1;
	return 1;
}

/* Poll the doorbell, which plan_poll() opened, performing traps until
 * nothing is posted for POLL_SPINS, or the nexe withdrew a trap, or the
 * session ends, or a signal asks to stop.  Returns the number of traps
 * performed. */
static unsigned long poll_doorbell(struct session *s, struct doorbell *db)
{
	unsigned long taken = 0;
	int spins = 0, done = 0;

	while (!done && s->end == END_NONE && !trap_stop_signal && !trap_timed_out) {
		if (take(s, db, &done)) {
			taken++;
			spins = 0;
			continue;
		}
		if (++spins >= POLL_SPINS ||
		    __atomic_load_n(&db->state, __ATOMIC_RELAXED) == ZVM_DOORBELL_WITHDRAWN)
			break;
		__builtin_ia32_pause();
	}
	/* Asleep from here: a trap posted before the nexe saw that is taken
	 * now; one posted later is withdrawn by the nexe itself. */
	__atomic_store_n(&db->awake, 0, __ATOMIC_SEQ_CST);
	while (!done && s->end == END_NONE && take(s, db, &done))
		taken++;
	return taken;
}

/*
 * Polling pays only while the nexe runs on a CPU of its own and traps
 * often.  A poll that took nothing, or a trap the nexe withdrew because
 * nobody took it, says otherwise: the nexe computes between traps, or the
 * machine is busy and the two sides wait for each other's CPU.  Then
 * polling stops for a number of traps that doubles with each further
 * miss, and meanwhile traps wake the child on the supervisor's CPU, as
 * without the doorbell.
 */
struct backoff {
	unsigned int left; /* traps to serve before polling again */
	unsigned int span; /* the next pause, in traps */
};

#define BACKOFF_MIN 16
#define BACKOFF_MAX 4096

static void set_sync_wake(struct session *s, int on)
{
	if (sync_wake != on)
		(void)sandbox_sync_wakeup(s, on);
	sync_wake = on;
}

static void missed(struct backoff *b)
{
	b->span = b->span ? b->span * 2 : BACKOFF_MIN;
	if (b->span > BACKOFF_MAX)
		b->span = BACKOFF_MAX;
	b->left = b->span;
}

/* Decide, before answering a trap, whether to poll the doorbell after it;
 * if so, open it now, so that the nexe's next trap finds it open. */
static int plan_poll(struct session *s, struct doorbell *db, struct backoff *b)
{
	uint32_t withdrawn = ZVM_DOORBELL_WITHDRAWN;

	if (__atomic_compare_exchange_n(&db->state, &withdrawn, ZVM_DOORBELL_IDLE, 0,
					__ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
		missed(b);
		return 0;
	}
	if (b->left > 0 && --b->left > 0)
		return 0;
	set_sync_wake(s, 0);
	__atomic_store_n(&db->awake, 1, __ATOMIC_SEQ_CST);
	return 1;
}

/* Poll after answering a trap, and learn from the outcome. */
static void after_trap(struct session *s, struct doorbell *db, struct backoff *b)
{
	if (poll_doorbell(s, db) > 0)
		b->span = 0;
	else if (s->end == END_NONE &&
		 __atomic_load_n(&db->state, __ATOMIC_RELAXED) != ZVM_DOORBELL_WITHDRAWN)
		missed(b);
}

/*
 * The child runs with RDTSC and (where the CPU can) CPUID faulting.  The
 * kernel flips those CPU controls on every switch between tasks whose
 * settings differ, twice per trap, and under a hypervisor each flip can
 * cost more than the rest of the trap.  So the supervisor takes the same
 * settings while it serves traps: nothing in the loop reads the
 * time-stamp counter or runs CPUID (no clock calls; the timer is a
 * signal).  They are restored when the loop ends.
 */
static void match_child_cpu_controls(int on)
{
	prctl(PR_SET_TSC, on ? PR_TSC_SIGSEGV : PR_TSC_ENABLE, 0, 0, 0);
	(void)syscall(SYS_arch_prctl, 0x1012 /* ARCH_SET_CPUID */, on ? 0 : 1);
}

/*
 * Every switch to the child and back saves and restores the supervisor's
 * extended register state, and only the components in use.  The C
 * library's string functions leave AVX-512 registers in use (the EVEX
 * variants work in ymm16-31), which no vzeroupper clears, so each trap
 * would move about 1.5 KiB of them for nothing: nothing in the loop uses
 * them.  XRSTOR from a zero header puts the AVX and AVX-512 components
 * back in their initial, unused state; x87 and SSE registers are left
 * alone, and MXCSR, which XRSTOR loads with them, is reloaded as it is.
 */
static void release_vector_state(void)
{
	/* XRSTOR may touch the whole extent of each requested component
	 * (AVX-512 ends at byte 2688 of the standard format), not only the
	 * legacy area and header it loads. */
	static unsigned char area[4096] __attribute__((aligned(64)));
	uint32_t mxcsr;

	__asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
	memcpy(area + 24, &mxcsr, sizeof mxcsr);
	/* Components 2 (AVX), 5-7 (AVX-512); the CPU masks off whatever
	 * XCR0 does not enable.  sandbox_prepare() checked OSXSAVE. */
	__asm__ volatile("xrstor %0" : : "m"(area), "a"(0xe4), "d"(0) : "memory");
}

void trap_run(struct session *s)
{
	struct seccomp_notif_resp *resp;
	struct itimerval off;
	int booted = 0, status = 0, polling, short_trap, r, i;
	char who[32];
	int32_t me;
	struct doorbell *db = NULL;
	struct backoff backoff = {0, 0};
	struct seccomp_notif_sizes sizes;

	/* The kernel's structures may be larger than this header's. */
	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0)
		die_errno(ZVM_EXIT_SANDBOX, "seccomp: asking the notification sizes");
	req_size = sizes.seccomp_notif > sizeof *req ? sizes.seccomp_notif : sizeof *req;
	req = calloc(1, req_size);
	resp = calloc(1, sizes.seccomp_notif_resp > sizeof *resp ? sizes.seccomp_notif_resp
								 : sizeof *resp);
	if (req == NULL || resp == NULL)
		die(ZVM_EXIT_SANDBOX, "out of memory");
	s->cur = 0;
	s->proc[0] = (struct proc){.state = PROC_RUNNING, .pid = 1};
	proc_save(s);
	s->last_pid = 1;
	victims[0] = s->pid;
	if (trap_stop_signal)
		kill(s->pid, SIGKILL);
	sync_wake = !s->doorbell; /* as sandbox_start() left it */
	match_child_cpu_controls(1);
	release_vector_state();
	while (s->end == END_NONE) {
		if (trap_stop_signal) {
			end_session(s, END_INTERRUPT, "zerovm got signal %d",
				    (int)trap_stop_signal);
			break;
		}
		if (trap_timed_out) {
			end_session(s, END_TIMEOUT, "session timeout");
			break;
		}
		/* Block in the kernel until the running process makes a
		 * system call or is gone (ENOENT: the filter has no task
		 * left).  The timer and the stop signals kill every process,
		 * so they end the wait too. */
		memset(req, 0, req_size);
		if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_RECV, req) < 0) {
			if (errno == EINTR)
				continue;
			if (errno != ENOENT)
				die_errno(ZVM_EXIT_SANDBOX, "receiving from the child");
			if (running_pid(s) == 1)
				break;
			/* A later process died without a word: killed by the
			 * kernel, or for a system call of another ABI. */
			me = running_pid(s);
			proc_save(s);
			status = release(s, s->cur, 0);
			proc_load(s, s->cur);
			if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
				end_session(s, END_KILLED,
					    "Signal %d from untrusted code: system call of another "
					    "ABI%s",
					    SIGSYS, in_process(me, who));
				break;
			}
			s->proc[s->cur].state = PROC_RUNNING;
			end_process(s, ZVM_SIGKILL);
			run_next(s, me);
			continue;
		}
		short_trap = 0;
		me = running_pid(s);
		r = handle(s, req, resp, &booted, &short_trap);
		if (r == 0)
			continue;
		if (r == 2) {
			if (s->end == END_NONE)
				run_next(s, me);
			continue;
		}
		/* In the running process's memory, which an Exec replaces;
		 * none once there are several processes. */
		db = s->doorbell && !s->forked ? (struct doorbell *)(s->mem + ZVM_DOORBELL_ADDR)
					       : NULL;
		/* After a long transfer, or the answer to a nexe that slept
		 * through one, the next trap is likely another: serve it the
		 * way a long one is best served, as a system call. */
		polling = db && short_trap && plan_poll(s, db, &backoff);
		if (db && !polling)
			set_sync_wake(s, 1);
		if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_SEND, resp) < 0 && errno != ENOENT)
			die_errno(ZVM_EXIT_SANDBOX, "answering the child");
		if (polling)
			after_trap(s, db, &backoff);
	}
	match_child_cpu_controls(0);
	/* Every process ends with the session; the first one's memory stays
	 * for the report's memory etag. */
	if (s->proc[s->cur].state != PROC_FREE)
		proc_save(s);
	for (i = 1; i < ZVM_MAX_PROCESSES; i++)
		if (s->proc[i].state != PROC_FREE)
			release(s, i, 0);
	status = release(s, 0, RELEASE_KEEP_MEMORY);
	reap_unreaped(s, 1);
	proc_load(s, 0);
	s->pid = 0; /* reaped: never signal that number again */
	if (s->end == END_NONE) {
		if (trap_stop_signal)
			end_session(s, END_INTERRUPT, "zerovm got signal %d", (int)trap_stop_signal);
		else if (trap_timed_out)
			end_session(s, END_TIMEOUT, "session timeout");
		else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS)
			end_session(s, END_KILLED,
				    "Signal %d from untrusted code: system call of another ABI",
				    SIGSYS);
		else if (WIFSIGNALED(status))
			end_session(s, END_KILLED, "Signal %d from untrusted code",
				    WTERMSIG(status));
		else
			end_session(s, END_KILLED, "the child exited with status %d",
				    WEXITSTATUS(status));
	}
	armed = 0;
	memset(&off, 0, sizeof off);
	setitimer(ITIMER_REAL, &off, NULL);
	free(req);
	req = NULL;
	free(resp);
}
