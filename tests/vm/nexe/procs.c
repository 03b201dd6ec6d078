/*
 * procs.c - processes: zvm_fork(), zvm_wait(), zvm_yield() and the
 * shared region, in the scenario that standard input names.  Each writes
 * one line per event to stdout; tests/vm/procs.t compares them with what
 * the one-process-at-a-time order makes of them.
 */
#include "nexe.h"

static int32_t my_pid = 1, my_ppid;
static char scenario[64];
static long long value = 1; /* private: each process has its own */

/* A nexe read from channel 3 (/dev/prog), for zvm_exec(). */
static char image[65536];

static int32_t read_image(void)
{
	int32_t n = 0, r;

	while (n < (int32_t)sizeof image &&
	       (r = zvm_pread(3, image + n, (int32_t)sizeof image - n, n)) > 0)
		n += r;
	return n;
}

/* The child's stack: its own copy, like the rest of its memory. */
static char child_stack[65536] __attribute__((aligned(16)));

static void say(const char *what, long long a, long long b)
{
	out_num(my_pid);
	out(" ");
	out(what);
	out(" ");
	out_num(a);
	out(" ");
	out_num(b);
	out("\n");
}

static int is(const char *name)
{
	const char *a = scenario, *b = name;

	while (*b && *a == *b) {
		a++;
		b++;
	}
	return *b == '\0' && (*a == '\0' || *a == '\n');
}

static void child_main(void) __attribute__((noreturn));

/* Where a child starts: %rdi its pid, %rsi its parent's, %rsp as
 * start() chose it (16-byte aligned, minus the return address slot a
 * call would have pushed). */
static void child_start(int64_t pid, int64_t ppid) __attribute__((noreturn, used));
static void child_start(int64_t pid, int64_t ppid)
{
	my_pid = (int32_t)pid;
	my_ppid = (int32_t)ppid;
	child_main();
}

static int32_t start(void)
{
	return zvm_fork((uint64_t)(uintptr_t)child_start,
			(uint64_t)(uintptr_t)(child_stack + sizeof child_stack - 8));
}

static int32_t waitfor(int32_t pid, int32_t *status, int32_t options)
{
	return zvm_wait(pid, status, options);
}

static volatile long long *shared(void)
{
	return (volatile long long *)MANIFEST->shared_ptr;
}

/* What the children do, by scenario. */
static void child_main(void)
{
	int32_t st = 0, r;
	int i;

	if (is("basic")) {
		say("child of", my_ppid, 0);
		zvm_exit(7);
	}
	if (is("yield")) {
		for (i = 0; i < 3; i++) {
			say("turn", i, 0);
			zvm_yield();
		}
		zvm_exit(my_pid);
	}
	if (is("shared")) {
		value = 99;
		shared()[1] = 1000 + my_pid;
		say("wrote", value, shared()[1]);
		zvm_exit(0);
	}
	if (is("fault"))
		*(volatile int *)8 = 1;
	if (is("max"))
		zvm_exit(1);
	if (is("orphan")) {
		if (my_ppid == 1) {
			r = start();
			say("forked", r, 0);
			zvm_exit(3);
		}
		say("orphan of", my_ppid, 0);
		zvm_yield();
		say("now of", 1, 0);
		zvm_exit(4);
	}
	if (is("nohang")) {
		say("runs", 0, 0);
		zvm_exit(5);
	}
	if (is("forbidden"))
		raw_syscall6(39 /* getpid */, 0, 0, 0, 0, 0, 0);
	if (is("spin"))
		for (;;)
			;
	if (is("exit-first")) {
		say("runs", 0, 0);
		for (;;)
			zvm_yield();
	}
	if (is("wait-own")) {
		r = waitfor(-1, &st, 0);
		say("wait", r, st);
		zvm_exit(6);
	}
	if (is("exec")) {
		r = read_image();
		say("execs", r > 0, 0);
		r = zvm_exec(image, (uint64_t)r, "exec-ed", 8);
		say("exec failed", r, 0);
		zvm_exit(100);
	}
	zvm_exit(100);
}

/* What an exec-ed program does: block is the copy of the exec's block
 * (a scenario name), or 0 in the session's first program. */
static int execd(const char *block, long size)
{
	volatile uint64_t *table = (volatile uint64_t *)(uintptr_t)ZVM_FAULT_ADDR;
	uint64_t sp;

	__asm__ volatile("mov %%rsp, %0" : "=r"(sp));
	out("exec-ed ");
	out(block);
	out(" ");
	out_num(size);
	out(" ");
	out_num((uint64_t)(uintptr_t)block % 16 == 0 && sp < (uint64_t)(uintptr_t)block &&
		(uint64_t)(uintptr_t)block + (uint64_t)size <= ZVM_STACK_TOP);
	out(" ");
	out_num(MANIFEST->shared_size ? shared()[0] : -1);
	out(" ");
	out_num(table[2] == 0 && value == 1);
	out("\n");
	return 33;
}

int main(long block, long size)
{
	int32_t a, b, c, st = -1, st2 = -1;
	int i, n;

	if (block != 0)
		return execd((const char *)block, size);
	read_stdin(scenario, sizeof scenario);
	if (is("basic")) {
		a = start();
		say("forked", a, 0);
		b = waitfor(-1, &st, 0);
		say("waited", b, st);
		say("again", waitfor(-1, &st, 0), 0);
		return 0;
	}
	if (is("yield")) {
		a = start();
		b = start();
		for (i = 0; i < 3; i++) {
			say("turn", i, 0);
			zvm_yield();
		}
		c = waitfor(b, &st, 0);
		say("waited", c, st);
		c = waitfor(a, &st, 0);
		say("waited", c, st);
		return 0;
	}
	if (is("shared")) {
		shared()[0] = 42;
		a = start();
		b = waitfor(a, &st, 0);
		say("sees", value, shared()[1]);
		say("shared", shared()[0], (long long)MANIFEST->shared_size);
		return 0;
	}
	if (is("fault")) {
		a = start();
		b = waitfor(a, &st, 0);
		say("waited", b == a, st);
		return 0;
	}
	if (is("max")) {
		for (n = 0; (a = start()) > 0; n++)
			;
		say("forked", n, a);
		for (i = 0; waitfor(-1, &st, 0) > 0; i++)
			;
		say("reaped", i, waitfor(-1, &st, 0));
		a = start();
		say("then", a, waitfor(a, &st, 0) == a);
		return 0;
	}
	if (is("orphan")) {
		a = start();
		b = waitfor(-1, &st, 0);
		say("waited", b, st);
		b = waitfor(-1, &st2, 0);
		say("waited", b, st2);
		return 0;
	}
	if (is("nohang")) {
		say("no child", waitfor(-1, &st, 0), 0);
		a = start();
		say("not yet", waitfor(a, &st, ZVM_WAIT_NOHANG), 0);
		say("not mine", waitfor(a + 1, &st, 0), 0);
		say("pid 0", waitfor(0, &st, 0), 0);
		say("options", waitfor(-1, &st, 4), 0);
		say("status in text", waitfor(-1, (int32_t *)(uintptr_t)ZVM_TEXT_ADDR, 0), 0);
		say("status in trap page", waitfor(-1, (int32_t *)(uintptr_t)ZVM_TRAP_ADDR, 0),
		    0);
		zvm_yield();
		b = waitfor(a, &st, ZVM_WAIT_NOHANG);
		say("after yield", b, st);
		return 0;
	}
	if (is("badip")) {
		say("trap page", zvm_fork(ZVM_TRAP_ADDR, 0), 0);
		say("data", zvm_fork((uint64_t)(uintptr_t)&value, 0), 0);
		say("stack", zvm_fork(ZVM_STACK_TOP - 64, 0), 0);
		say("past 4 GiB", zvm_fork(ZVM_USER_END + 0x20000, 0), 0);
		say("no child", waitfor(-1, &st, 0), 0);
		return 0;
	}
	if (is("badsp")) {
		a = zvm_fork((uint64_t)(uintptr_t)child_start, 8);
		b = waitfor(a, &st, 0);
		say("waited", b == a, st);
		return 0;
	}
	if (is("forbidden") || is("spin")) {
		start();
		waitfor(-1, &st, 0);
		say("not reached", 0, 0);
		return 0;
	}
	if (is("exit-first")) {
		start();
		start();
		zvm_yield();
		say("leaves", 0, 0);
		return 9;
	}
	if (is("wait-own")) {
		a = start();
		b = waitfor(a, &st, 0);
		say("waited", b, st);
		return 0;
	}
	if (is("exec")) {
		shared()[0] = 42;
		value = 5;
		a = start();
		b = waitfor(a, &st, 0);
		say("waited", b, st);
		return 0;
	}
	if (is("exec-init")) {
		shared()[0] = 43;
		n = read_image();
		zvm_exec(image, (uint64_t)n, "init", 5);
		say("not reached", 0, 0);
		return 0;
	}
	if (is("exec-bad")) {
		n = read_image();
		say("garbage", zvm_exec(image + 1, (uint64_t)n - 1, "x", 2), 0);
		say("empty", zvm_exec(image, 0, "x", 2), 0);
		say("block too big", zvm_exec(image, (uint64_t)n, image, ZVM_EXEC_BLOCK_MAX + 1),
		    0);
		say("image unreadable", zvm_exec((void *)(uintptr_t)0x1000, 4096, "x", 2), 0);
		say("block unreadable", zvm_exec(image, (uint64_t)n, (void *)(uintptr_t)8, 2), 0);
		say("still here", 1, 0);
		return 0;
	}
	if (is("exec-big")) {
		n = read_image();
		say("too big for Memory", zvm_exec(image, (uint64_t)n, "x", 2), 0);
		return 0;
	}
	err("unknown scenario\n");
	return 1;
}
