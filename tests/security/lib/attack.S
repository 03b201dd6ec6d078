/*
 * attack.S - the instructions the attacks of tests/security/ strike with,
 * each behind a global label so that the attack can print its address and
 * the test can check that the report names exactly that instruction.
 */
	.text

	/* long attack_syscall(nr, a, b, c, d, e, f) */
	.globl attack_syscall, attack_syscall_insn, attack_syscall_after
attack_syscall:
	mov %rdi, %rax
	mov %rsi, %rdi
	mov %rdx, %rsi
	mov %rcx, %rdx
	mov %r8, %r10
	mov %r9, %r8
	mov 8(%rsp), %r9
attack_syscall_insn:
	syscall
attack_syscall_after:
	ret

	/* void attack_store(void *addr, uint64_t value) */
	.globl attack_store, attack_store_insn
attack_store:
attack_store_insn:
	mov %rsi, (%rdi)
	ret

	/* uint64_t attack_rdtsc(void) */
	.globl attack_rdtsc, attack_rdtsc_insn
attack_rdtsc:
attack_rdtsc_insn:
	rdtsc
	shl $32, %rdx
	or %rdx, %rax
	ret

	/* uint64_t attack_rdtscp(void) */
	.globl attack_rdtscp, attack_rdtscp_insn
attack_rdtscp:
attack_rdtscp_insn:
	rdtscp
	shl $32, %rdx
	or %rdx, %rax
	ret

	/* uint32_t attack_cpuid(void) */
	.globl attack_cpuid, attack_cpuid_insn
attack_cpuid:
	push %rbx
	xor %eax, %eax
	xor %ecx, %ecx
attack_cpuid_insn:
	cpuid
	pop %rbx
	ret

	/* long attack_int80(nr, a, b, c): the i386 calling convention */
	.globl attack_int80, attack_int80_insn
attack_int80:
	push %rbx
	mov %rdi, %rax
	mov %rsi, %rbx
	xchg %rdx, %rcx
attack_int80_insn:
	int $0x80
	pop %rbx
	ret

	/* void attack_compat(void): lretq pops %rip, then %cs.  0x23 is
	 * Linux's 32-bit user code segment; the code and the stack are below
	 * 4 GiB, so they stay addressable in compatibility mode. */
	.globl attack_compat, attack_compat_insn
attack_compat:
	push $0x23
	lea 1f(%rip), %rax
	push %rax
	lretq
	.code32
1:
	mov $20, %eax			/* getpid on i386 */
attack_compat_insn:
	int $0x80
	ud2
	.code64

	/* void attack_wrecked(uint64_t stack_pointer, void *addr) */
	.globl attack_wrecked, attack_wrecked_insn
attack_wrecked:
	mov %rdi, %rsp
	xor %eax, %eax
attack_wrecked_insn:
	mov %rax, (%rsi)
	ud2

	.section .note.GNU-stack, "", @progbits
