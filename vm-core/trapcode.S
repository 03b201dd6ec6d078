/*
 * trapcode.S - the code zerovm writes into the nexe's trap page.
 *
 * This is the only code in the child's address space that does not come
 * from the nexe.  It is copied to ZVM_TRAP_ADDR, mapped read+execute, and
 * holds three pieces:
 *
 *   trap entry      at ZVM_TRAP_ADDR: the nexe's single door to the VM.
 *   fault handler   runs on the VM's signal stack when the nexe faults, and
 *                   tells the supervisor the signal and the faulting address;
 *                   then calls the nexe's own handler if the supervisor says so.
 *   bootstrap       the child's last steps before the nexe's first
 *                   instruction: unmap everything of the host, clear the
 *                   thread pointers, install the seccomp filter, hand the
 *                   listener to the supervisor, clear every register.
 *
 * The code is position-independent: it is assembled into zerovm and
 * copied, and uses no memory but what the supervisor hands it.
 */
#include <zvm.h>

#define SYS_close 3
#define SYS_munmap 11
#define SYS_arch_prctl 158
#define SYS_seccomp 317
#define SYS_futex 202
#define FUTEX_WAKE 1
#define ARCH_SET_GS 0x1001
#define ARCH_SET_FS 0x1002
#define SECCOMP_SET_MODE_FILTER 1
#define SECCOMP_FILTER_FLAG_NEW_LISTENER 8

/* Offsets into ucontext_t and siginfo_t (x86-64 Linux ABI). */
#define UC_RIP 168
#define SI_ADDR 16

/* How long the trap entry waits on the doorbell, in PAUSE instructions
 * (some 10 to 50 ns each): for the supervisor to take a trap, and for it
 * to finish one before going to sleep in a system call. */
#define CLAIM_SPINS 128
#define DONE_SPINS 512

	.text
	.globl zvm_trapcode_start, zvm_trapcode_end
	.globl zvm_trapcode_fault, zvm_trapcode_fault_sys
	.globl zvm_trapcode_fault_return, zvm_trapcode_fault_return_sys
	.globl zvm_trapcode_boot, zvm_trapcode_boot_close
	.p2align 6
zvm_trapcode_start:
	/*
	 * int32_t trap(uint64_t *args).  While the supervisor polls the
	 * doorbell, post the args pointer there and wait for the answer;
	 * otherwise, or if the supervisor does not take the trap within a
	 * few microseconds, make the trap system call, which the supervisor
	 * gets as a seccomp notification.  Either way the args pointer is
	 * all that is handed over: the supervisor reads the arguments from
	 * user memory and checks them.
	 *
	 * Which way a trap goes, and how long it spins, depends on timing;
	 * what it leaves in the registers a call may clobber must not, or a
	 * fault frame (zvm.h) taken before the program overwrites them would
	 * differ between runs.  So every way out clears %rcx, %rdx, %rsi,
	 * %rdi and %r11 (the only ones it or the syscall instruction touch
	 * besides %rax, the result) and leaves the flags as that sets them.
	 */
	mov $ZVM_DOORBELL_ADDR, %esi
	cmpl $0, ZVM_DOORBELL_AWAKE(%rsi)
	je 8f
	/* Only over a finished exchange: a post still pending or being
	 * performed (which only the nexe's own writes to the doorbell can
	 * leave behind) could be answered in place of this one. */
	mov ZVM_DOORBELL_STATE(%rsi), %eax
	cmp $ZVM_DOORBELL_POSTED, %eax
	je 8f
	cmp $ZVM_DOORBELL_CLAIMED, %eax
	je 8f
	cmp $ZVM_DOORBELL_AWAITING, %eax
	je 8f
	cmp $ZVM_DOORBELL_LONG, %eax
	je 8f
	mov %rdi, ZVM_DOORBELL_ARGS(%rsi)
	movl $ZVM_DOORBELL_POSTED, ZVM_DOORBELL_STATE(%rsi)
	mov $CLAIM_SPINS, %ecx
1:	cmpl $ZVM_DOORBELL_POSTED, ZVM_DOORBELL_STATE(%rsi)
	jne 3f
	pause
	dec %ecx
	jnz 1b
	/* Not taken: withdraw it, unless the supervisor takes it now. */
	mov $ZVM_DOORBELL_POSTED, %eax
	mov $ZVM_DOORBELL_WITHDRAWN, %edx
	lock cmpxchg %edx, ZVM_DOORBELL_STATE(%rsi)
	je 8f
3:	mov $DONE_SPINS, %ecx
4:	mov ZVM_DOORBELL_STATE(%rsi), %eax
	cmp $ZVM_DOORBELL_DONE, %eax
	je 6f
	cmp $ZVM_DOORBELL_LONG, %eax
	je 5f
	pause
	dec %ecx
	jnz 4b
	/* A long trap (the supervisor says so, or it takes a while): sleep
	 * until it is done.  Say so first, so that the supervisor answers
	 * the system call as soon as it is done.  %eax holds the state seen,
	 * CLAIMED or LONG; a failed exchange loads the state now. */
	mov $ZVM_DOORBELL_CLAIMED, %eax
5:	mov $ZVM_DOORBELL_AWAITING, %edx
	lock cmpxchg %edx, ZVM_DOORBELL_STATE(%rsi)
	je 7f
	cmp $ZVM_DOORBELL_CLAIMED, %eax
	je 5b
	cmp $ZVM_DOORBELL_LONG, %eax
	je 5b
	jmp 6f				/* done meanwhile */
7:	mov $ZVM_AWAIT_MAGIC, %rdi
	mov $ZVM_TRAP_SYSCALL, %eax
	syscall
6:	mov ZVM_DOORBELL_RESULT(%rsi), %rax
	jmp 9f
8:	mov $ZVM_TRAP_SYSCALL, %eax
	syscall
9:	xor %ecx, %ecx
	xor %edx, %edx
	xor %esi, %esi
	xor %edi, %edi
	xor %r11d, %r11d
	ret

	/*
	 * void handler(int sig, siginfo_t *si, ucontext_t *uc)
	 * Tells the supervisor the signal, where the nexe was, the faulting
	 * address and where the kernel's frame is.  The supervisor either
	 * ends the session, never answering, or has written a frame for the
	 * nexe's own handler (zvm.h) and answers with the stack pointer to
	 * call it with: the frame is above it, the return address (below)
	 * leads to zvm_trapcode_fault_return.
	 */
	.p2align 6
zvm_trapcode_fault:
	mov %rsi, %r8			/* the kernel's siginfo */
	mov %rdx, %r9			/* the kernel's ucontext */
	mov UC_RIP(%rdx), %rdx		/* where the nexe was */
	mov SI_ADDR(%rsi), %r10		/* the faulting address, if any */
	mov %rdi, %rsi			/* the signal number */
	mov $ZVM_FAULT_MAGIC, %rdi
	mov $ZVM_TRAP_SYSCALL, %eax
	syscall
zvm_trapcode_fault_sys:
	test %rax, %rax
	jle 9f
	mov %rax, %rsp
	mov (8 + ZVM_FAULT_FRAME_HANDLER)(%rsp), %rax
	mov (8 + ZVM_FAULT_FRAME_SIGNO)(%rsp), %edi
	lea (8 + ZVM_FAULT_FRAME_INFO)(%rsp), %rsi
	lea (8 + ZVM_FAULT_FRAME_CONTEXT)(%rsp), %rdx
	xor %ecx, %ecx
	xor %r8d, %r8d
	xor %r9d, %r9d
	xor %r10d, %r10d
	xor %r11d, %r11d
	jmp *%rax
9:	ud2

	/* The nexe's fault handler returned: the fault cannot be resumed,
	 * and the supervisor ends the session with its report. */
	.p2align 4
zvm_trapcode_fault_return:
	mov $ZVM_FAULT_RETURN_MAGIC, %rdi
	mov $ZVM_TRAP_SYSCALL, %eax
	syscall
zvm_trapcode_fault_return_sys:
	ud2

	/*
	 * void bootstrap(struct sock_fprog *prog, uint64_t entry,
	 *                uint32_t *ready, void *xsave_area, uint64_t *start)
	 * Called once from the child's C code; never returns.  Any failure
	 * ends in ud2, which the supervisor sees as a failed setup.
	 */
	.p2align 6
zvm_trapcode_boot:
	mov %rdi, %r13
	mov %rsi, %r12
	mov %rdx, %r14
	mov %rcx, %r15

	/* Drop every host mapping: zerovm's code, its libraries, heap and
	 * stack, the vDSO.  From here on only user memory exists. */
	mov $SYS_munmap, %eax
	mov $ZVM_USER_END, %rdi
	mov $(0x7ffffffff000 - ZVM_USER_END), %rsi
	syscall
	test %rax, %rax
	jnz 9f

	/* The thread pointers still point at the host's TLS: zero them so
	 * that rdfsbase cannot read a host address. */
	mov $SYS_arch_prctl, %eax
	mov $ARCH_SET_FS, %edi
	xor %esi, %esi
	syscall
	test %rax, %rax
	jnz 9f
	mov $SYS_arch_prctl, %eax
	mov $ARCH_SET_GS, %edi
	xor %esi, %esi
	syscall
	test %rax, %rax
	jnz 9f

	/* Wake the supervisor, which sleeps until now so that it leaves
	 * this CPU to us; it then waits the few microseconds of the
	 * seccomp() call below by yielding. */
	movl $ZVM_BOOT_ARMING, (%r14)
	mov $SYS_futex, %eax
	mov %r14, %rdi
	mov $FUTEX_WAKE, %esi
	mov $1, %edx
	syscall

	/* The filter: every system call goes to the supervisor. */
	mov $SYS_seccomp, %eax
	mov $SECCOMP_SET_MODE_FILTER, %edi
	mov $SECCOMP_FILTER_FLAG_NEW_LISTENER, %esi
	mov %r13, %rdx
	syscall
	test %rax, %rax
	js 9f
	mov %rax, %rbx
	mov %ebx, 4(%r14)		/* the listener's descriptor */
	movl $ZVM_BOOT_READY, (%r14)	/* the supervisor spins on this */

	/* Wipe the filter program from user memory. */
	movzwl (%r13), %ecx
	shl $3, %ecx
	mov 8(%r13), %rdi
	xor %eax, %eax
	rep stosb
	mov %r13, %rdi
	mov $16, %ecx
	rep stosb

	/* Close our copy of the listener.  The supervisor, which now holds
	 * its own, lets exactly this one call through. */
	mov $SYS_close, %eax
	mov %rbx, %rdi
	syscall
zvm_trapcode_boot_close:
	test %rax, %rax
	jnz 9f

	/* Reset x87, SSE, AVX and AVX-512 state to its initial values: the
	 * area holds only a zero XSAVE header and the default MXCSR.
	 * Components 17 and 18 (AMX) are left out of the mask. */
	mov $0xfff9ffff, %eax
	mov $0xffffffff, %edx
	xrstor (%r15)

	/* The start block: %rsp (ZVM_STACK_TOP for the first process, the
	 * caller's choice for a forked one), %rdi and %rsi. */
	mov (%r8), %rsp
	push %r12
	mov 8(%r8), %rdi
	mov 16(%r8), %rsi
	xor %eax, %eax
	xor %ebx, %ebx
	xor %ecx, %ecx
	xor %edx, %edx
	xor %ebp, %ebp
	xor %r8d, %r8d
	xor %r9d, %r9d
	xor %r10d, %r10d
	xor %r11d, %r11d
	xor %r12d, %r12d
	xor %r13d, %r13d
	xor %r14d, %r14d
	xor %r15d, %r15d
	cld
	ret				/* to the entry, with the start block's %rsp */
9:
	ud2
zvm_trapcode_end:

	.section .note.GNU-stack, "", @progbits
