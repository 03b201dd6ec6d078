/*
 * attack.h - what the attack nexes of tests/security/ share: instructions
 * at known addresses (lib/attack.S) and a way to tell the driver where they
 * are (lib/attack.c).
 *
 * A forbidden system call or a fault is reported with an address: the
 * instruction after the system call, or the faulting instruction.  An
 * attack prints that address as "KEY=0x..." on its stderr channel before
 * it strikes; tests/security/attack.sh substitutes {KEY} in the expected
 * exit state with it, so each attack asserts the exact report line.
 */
#ifndef ZVM_TEST_ATTACK_H
#define ZVM_TEST_ATTACK_H

#include "nexe.h"

/* A raw system call: nr in %rax, the six arguments in the kernel's
 * registers.  The syscall instruction is at attack_syscall_insn, and the
 * next instruction, the address the kernel reports, at
 * attack_syscall_after. */
long attack_syscall(long nr, long a, long b, long c, long d, long e, long f);
extern const char attack_syscall_insn[], attack_syscall_after[];

/* Note "at" = attack_syscall_after, then make the system call: the
 * report of a forbidden call must name exactly that address. */
long attack_call(long nr, long a, long b, long c, long d, long e, long f);

/* One 8-byte store of value to addr, at attack_store_insn. */
void attack_store(void *addr, uint64_t value);
extern const char attack_store_insn[];

/* The time-stamp counter, read at attack_rdtsc_insn / attack_rdtscp_insn. */
uint64_t attack_rdtsc(void);
uint64_t attack_rdtscp(void);
extern const char attack_rdtsc_insn[], attack_rdtscp_insn[];

/* CPUID leaf 0 (the vendor's maximum leaf), at attack_cpuid_insn. */
uint32_t attack_cpuid(void);
extern const char attack_cpuid_insn[];

/* A 32-bit system call through int $0x80, at attack_int80_insn. */
long attack_int80(long nr, long a, long b, long c);
extern const char attack_int80_insn[];

/* Far return into the 32-bit user code segment, then int $0x80 from
 * compatibility mode, at attack_compat_insn. */
void attack_compat(void);
extern const char attack_compat_insn[];

/* Set %rsp to stack_pointer and store to addr, at attack_wrecked_insn:
 * a fault with no usable stack. */
void attack_wrecked(uint64_t stack_pointer, void *addr);
extern const char attack_wrecked_insn[];

/* Set the fault table's slot (ZVM_FAULT_SEGV...) and alternate stack
 * (zvm.h, "Fault handlers"), as a C library would. */
void attack_fault_handler(int slot, uint64_t handler, int32_t signo, uint32_t flags);
void attack_fault_stack(uint64_t sp, uint64_t size);

/* Print "key=0x<value in lowercase hex>\n" on the stderr channel. */
void attack_note(const char *key, uint64_t value);

/* Print "0x<value in lowercase hex>" on stdout. */
void attack_out_hex(uint64_t value);

/* Print "name=<decimal value>\n" on stdout. */
void attack_out_result(const char *name, long long value);

#endif
