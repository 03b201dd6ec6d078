/*
 * attack.c - output helpers of the attack nexes (see attack.h).
 */
#include "attack.h"

static int hex(char *b, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char t[16];
	int n = 0, i = 0;

	do
		t[n++] = digits[v & 15];
	while ((v >>= 4) != 0);
	b[i++] = '0';
	b[i++] = 'x';
	while (n > 0)
		b[i++] = t[--n];
	return i;
}

void attack_note(const char *key, uint64_t value)
{
	char b[64];
	size_t n = strlen(key);
	int i;

	if (n > 32)
		n = 32;
	memcpy(b, key, n);
	b[n] = '=';
	i = (int)n + 1;
	i += hex(b + i, value);
	b[i++] = '\n';
	zvm_pwrite(2, b, i, 0);
}

void attack_out_hex(uint64_t value)
{
	char b[24];

	zvm_pwrite(1, b, hex(b, value), 0);
}

void attack_out_result(const char *name, long long value)
{
	out(name);
	out("=");
	out_num(value);
	out("\n");
}

long attack_call(long nr, long a, long b, long c, long d, long e, long f)
{
	attack_note("at", (uint64_t)(uintptr_t)attack_syscall_after);
	return attack_syscall(nr, a, b, c, d, e, f);
}

void attack_fault_handler(int slot, uint64_t handler, int32_t signo, uint32_t flags)
{
	volatile struct zvm_fault_table *t = ZVM_FAULT_TABLE;

	t->slot[slot].handler = handler;
	t->slot[slot].signo = signo;
	t->slot[slot].flags = flags;
}

void attack_fault_stack(uint64_t sp, uint64_t size)
{
	volatile struct zvm_fault_table *t = ZVM_FAULT_TABLE;

	t->stack_sp = sp;
	t->stack_size = size;
}
