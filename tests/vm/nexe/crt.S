/*
 * crt.S - the start file of the test nexes that vm-core's tests build with
 * the host compiler (no sysroot): align the stack, call main, pass its
 * result to zvm_exit, and carry the ZeroVM note.
 */
#include <zvm.h>
	.text
	.globl _start
_start:
	and $-16, %rsp
	call main
	mov %eax, %edi
	call zvm_test_exit
	ud2
	.section .note.zerovm, "a", @note
	.p2align 2
	.long 7, 4, ZVM_NOTE_TYPE
	.asciz "ZeroVM"
	.p2align 2
	.long ZVM_ABI_VERSION
	.section .note.GNU-stack, "", @progbits
