/*
 * fault.c - the supervisor's half of a nexe's own fault handling.
 *
 * The nexe describes its handlers in the table at ZVM_FAULT_ADDR, which it
 * can write like any of its memory: every field is checked here, and a
 * handler that cannot be called safely is not called.  The frame the
 * handler gets is built here from the kernel's, keeping only what the
 * program determines: the general registers, the signal's code and
 * address; nothing of the host (segment selectors, error code, signal
 * mask, extended state).
 *
 * One handler call per session: the handler runs with no way back into
 * the interrupted code, so any fault after it (in the handler, or after a
 * longjmp out of it) ends the session.  The first fault's report is kept
 * for the handler's return.
 */
#include "fault.h"

#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>

#include "memory.h"
#include "sandbox.h"
#include <zvm.h>

_Static_assert(offsetof(struct zvm_fault_frame, handler) == ZVM_FAULT_FRAME_HANDLER, "frame");
_Static_assert(offsetof(struct zvm_fault_frame, signo) == ZVM_FAULT_FRAME_SIGNO, "frame");
_Static_assert(offsetof(struct zvm_fault_frame, info) == ZVM_FAULT_FRAME_INFO, "frame");
_Static_assert(offsetof(struct zvm_fault_frame, context) == ZVM_FAULT_FRAME_CONTEXT, "frame");
_Static_assert(sizeof(struct zvm_fault_frame) == ZVM_FAULT_FRAME_SIZE, "frame");
_Static_assert(sizeof(struct zvm_siginfo) == 128, "siginfo");
_Static_assert(sizeof(struct zvm_ucontext) == 304, "ucontext");
_Static_assert(ZVM_FAULT_ADDR >= ZVM_DOORBELL_ADDR + 64 &&
		       ZVM_FAULT_ADDR + sizeof(struct zvm_fault_table) <= ZVM_DOORBELL_ADDR + 0x1000,
	       "the fault table lies between the doorbell and the signal stack");

/* The kernel's frame, x86-64 Linux: siginfo's code and address, and the
 * general registers in ucontext's mcontext. */
#define KERNEL_SI_CODE 8
#define KERNEL_SI_ADDR 16
#define KERNEL_SI_SIZE 24
#define KERNEL_UC_GREGS 40
#define KERNEL_UC_SIZE (KERNEL_UC_GREGS + ZVM_NGREG * 8)

static int slot_of(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return ZVM_FAULT_SEGV;
	case SIGBUS:
		return ZVM_FAULT_BUS;
	case SIGFPE:
		return ZVM_FAULT_FPE;
	case SIGILL:
		return ZVM_FAULT_ILL;
	default:
		return -1;
	}
}

/* 1 when [addr, addr + len) lies in the VM's region, where the kernel
 * builds its frames. */
static int in_vm_region(uint64_t addr, uint64_t len)
{
	return addr >= ZVM_SIGSTACK_ADDR && addr <= ZVM_USER_END && len <= ZVM_USER_END - addr;
}

/* Where the frame goes: its address (16-byte aligned; the return address
 * is just below), or 0 when it does not fit in memory the nexe may write
 * outside the VM's region. */
static uint64_t frame_place(const struct zvm_fault_table *t, const struct zvm_fault_slot *slot,
			    uint64_t sp, int on_alt)
{
	uint64_t top, frame;

	if ((slot->flags & ZVM_FAULT_ONSTACK) && t->stack_size != 0 && !on_alt) {
		if (t->stack_sp > ZVM_USER_END || t->stack_size > ZVM_USER_END - t->stack_sp)
			return 0;
		top = t->stack_sp + t->stack_size;
	} else {
		if (sp < ZVM_FAULT_RED_ZONE)
			return 0;
		top = sp - ZVM_FAULT_RED_ZONE;
	}
	/* Below the VM's region: the frame never overwrites the doorbell,
	 * this table or the kernel's frames. */
	if (top > ZVM_SIGSTACK_ADDR || top < ZVM_NULL_GUARD_END + sizeof(struct zvm_fault_frame) + 16)
		return 0;
	frame = (top - sizeof(struct zvm_fault_frame)) & ~(uint64_t)15;
	if (!memory_allows(frame - 8, sizeof(struct zvm_fault_frame) + 8, PROT_READ | PROT_WRITE))
		return 0;
	return frame;
}

uint64_t fault_deliver(struct session *s, int sig, uint64_t ip, uint64_t kernel_info,
		       uint64_t kernel_context)
{
	struct zvm_fault_table t;
	struct zvm_fault_frame f;
	int64_t gregs[ZVM_NGREG];
	int32_t code;
	uint64_t addr, frame, ret, sp;
	int slot = slot_of(sig), on_alt, i;

	if (s->fault_delivered || slot < 0)
		return 0;
	if (!in_vm_region(kernel_info, KERNEL_SI_SIZE) ||
	    !in_vm_region(kernel_context, KERNEL_UC_SIZE))
		return 0;
	memcpy(&t, s->mem + ZVM_FAULT_ADDR, sizeof t);
	if (t.slot[slot].handler == 0 || !memory_is_code(t.slot[slot].handler))
		return 0;
	memcpy(&code, s->mem + kernel_info + KERNEL_SI_CODE, sizeof code);
	memcpy(&addr, s->mem + kernel_info + KERNEL_SI_ADDR, sizeof addr);
	memcpy(gregs, s->mem + kernel_context + KERNEL_UC_GREGS, sizeof gregs);
	sp = (uint64_t)gregs[ZVM_REG_RSP];
	on_alt = t.stack_size != 0 && sp - t.stack_sp < t.stack_size;
	frame = frame_place(&t, &t.slot[slot], sp, on_alt);
	if (frame == 0)
		return 0;

	memset(&f, 0, sizeof f);
	f.handler = t.slot[slot].handler;
	f.signo = (uint64_t)(uint32_t)t.slot[slot].signo;
	f.info.signo = t.slot[slot].signo;
	f.info.code = code;
	f.info.addr = addr;
	f.context.stack.sp = t.stack_sp;
	f.context.stack.size = t.stack_size;
	f.context.stack.flags = t.stack_size == 0 ? ZVM_FAULT_SS_DISABLE
				      : on_alt         ? ZVM_FAULT_SS_ONSTACK
						       : 0;
	for (i = 0; i <= ZVM_REG_RIP; i++)
		f.context.gregs[i] = gregs[i];
	f.context.gregs[ZVM_REG_EFL] =
		(int64_t)(((uint64_t)gregs[ZVM_REG_EFL] & ZVM_FAULT_EFLAGS_MASK) |
			  ZVM_FAULT_EFLAGS_SET);
	f.context.gregs[ZVM_REG_TRAPNO] = gregs[ZVM_REG_TRAPNO];
	if (sig == SIGSEGV || sig == SIGBUS)
		f.context.gregs[ZVM_REG_CR2] = (int64_t)addr;
	ret = sandbox_fault_return_addr();
	memcpy(s->mem + frame, &f, sizeof f);
	memcpy(s->mem + frame - 8, &ret, sizeof ret);

	s->fault_delivered = 1;
	s->fault_signal = sig;
	s->fault_ip = ip;
	return frame - 8;
}
