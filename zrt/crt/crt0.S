/*
 * crt0.S - the entry point of every nexe, and its ZeroVM note.
 *
 * zerovm enters _start with %rsp = ZVM_STACK_TOP (16-byte aligned), every
 * other register 0 and nothing on the stack: no argc, argv, envp or auxv.
 * ZRT finds its arguments in nvram instead, through the user manifest.
 */
#include <zvm.h>

	.text
	.globl	_start
	.type	_start, @function
_start:
	/* Already 0, but the ABI's "outermost frame" mark should not depend
	 * on the loader's promise. */
	xorl	%ebp, %ebp
	/* %rsp is 16-byte aligned here, as the ABI requires before a call. */
	call	__zrt_start
	hlt
	.size	_start, . - _start

/*
 * The note that names this file a ZeroVM executable and its ABI version.
 * The linker script puts .note.zerovm in its own PT_NOTE.
 */
	.section .note.zerovm, "a", @note
	.p2align 2
	.long	2f - 1f			/* name size, with the NUL */
	.long	4f - 3f			/* descriptor size */
	.long	ZVM_NOTE_TYPE
1:	.asciz	ZVM_NOTE_NAME
2:	.p2align 2
3:	.long	ZVM_ABI_VERSION
4:	.p2align 2

	.section .note.GNU-stack, "", @progbits
