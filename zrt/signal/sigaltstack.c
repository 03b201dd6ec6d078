/*
 * sigaltstack.c - sigaltstack(2): the stack the VM runs fault handlers on.
 *
 * The stack is kept where the VM reads it, in its fault table (zvm.h);
 * only faults use it, since ZRT runs the handlers of raise() and kill()
 * on the sender's stack.  Like Linux, a stack is in use while the stack
 * pointer is inside it.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <zvm.h>

#include "internal/syscall.h"

static int do_sigaltstack(const stack_t *ss, stack_t *old)
{
	volatile struct zvm_fault_table *t = ZVM_FAULT_TABLE;
	uint64_t sp = t->stack_sp, size = t->stack_size;
	uintptr_t here = (uintptr_t)__builtin_frame_address(0);
	int on = size != 0 && here - sp < size;

	if (ss != NULL) {
		if (on)
			return -EPERM;
		/* SS_ONSTACK is accepted and ignored, as Linux does. */
		if (ss->ss_flags & ~(SS_DISABLE | SS_ONSTACK))
			return -EINVAL;
		if (!(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ)
			return -ENOMEM;
	}
	if (old != NULL) {
		old->ss_sp = (void *)(uintptr_t)sp;
		old->ss_size = (size_t)size;
		old->ss_flags = size == 0 ? SS_DISABLE : on ? SS_ONSTACK : 0;
	}
	if (ss == NULL)
		return 0;
	if (ss->ss_flags & SS_DISABLE) {
		t->stack_size = 0;
		t->stack_sp = 0;
	} else {
		t->stack_size = 0;
		t->stack_sp = (uint64_t)(uintptr_t)ss->ss_sp;
		t->stack_size = ss->ss_size;
	}
	return 0;
}

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return (int)__zrt_ret(do_sigaltstack(ss, old));
}
