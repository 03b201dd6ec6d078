/*
 * __zrt_fork_enter.S - the half of fork() that C cannot write: the child
 * starts at a given address with a given stack, every register but its
 * %rsp, %rdi and %rsi 0 and the floating-point state initial
 * (zvm_fork() in zvm.h).
 *
 * long __zrt_fork_enter(void): save what the System V ABI says a call
 * preserves (%rbx, %rbp, %r12-%r15, MXCSR's control bits and the x87
 * control word) on the stack, and ask for a child that resumes at 1: with
 * %rsp pointing at them.  The parent returns zvm_fork()'s answer; the
 * child restores the registers from its copy of the stack, tells
 * __zrt_fork_child() its pid (%rdi) and its parent's (%rsi), and
 * returns 0 from the same call.
 */
	.text
	.globl	__zrt_fork_enter
	.hidden	__zrt_fork_enter
	.type	__zrt_fork_enter, @function
__zrt_fork_enter:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	/* Six pushes after the return address: %rsp is 8 past 16-byte
	 * alignment; eight more bytes for MXCSR and the x87 control word
	 * align it for the calls below. */
	subq	$8, %rsp
	stmxcsr	(%rsp)
	fnstcw	4(%rsp)
	leaq	1f(%rip), %rdi
	movq	%rsp, %rsi
	call	__zrt_fork_trap
	jmp	2f
1:	/* The child: %rsp is the parent's at the call above. */
	ldmxcsr	(%rsp)
	fldcw	4(%rsp)
	call	__zrt_fork_child
	xorl	%eax, %eax
2:	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	__zrt_fork_enter, . - __zrt_fork_enter

	.section .note.GNU-stack, "", @progbits
