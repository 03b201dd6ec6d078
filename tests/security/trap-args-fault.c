/*
 * trap-args-fault.c - traps whose argument block is not the nexe's.
 *
 * The trap passes one pointer; the supervisor reads the arguments from
 * user memory through its own mapping.  A pointer to NULL, to the NULL
 * guard, to kernel space, to the vsyscall page, or one that wraps around
 * or runs past 4 GiB must not make the supervisor read its own memory,
 * crash, or end the session: the answer is -EFAULT and the nexe goes on.
 *
 * expect-stdout: null=-14
 * expect-stdout: guard=-14
 * expect-stdout: kernel=-14
 * expect-stdout: vsyscall=-14
 * expect-stdout: past-4gib=-14
 * expect-stdout: wraps=-14
 * expect-stdout: after=ok
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

static void attempt(const char *name, uint64_t where)
{
	attack_out_result(name, zvm_trap((uint64_t *)(uintptr_t)where));
}

int main(void)
{
	attempt("null", 0);
	attempt("guard", 0x8000);
	attempt("kernel", 0xffff888000000000ULL);
	attempt("vsyscall", 0xffffffffff600000ULL);
	attempt("past-4gib", ZVM_USER_END - 8); /* 16 bytes are read */
	attempt("wraps", 0xfffffffffffffff8ULL);
	out("after=ok\n");
	return 0;
}
