/*
 * read-into-code.c - make the supervisor write channel data over code.
 *
 * The nexe cannot write its own code or the trap page, but the
 * supervisor writes into user memory through its own read+write mapping
 * of the same memory file.  A read trap aimed at the text segment, the
 * trap page or read-only data would be self-modifying code by proxy.
 * The supervisor checks the buffer against the child's protections: the
 * answer is -EINVAL, not one byte changes, no input is consumed, and the
 * session goes on.
 *
 * stdin: INJECTEDINJECTED
 * expect-stdout: text=-22 unchanged
 * expect-stdout: trap-page=-22 unchanged
 * expect-stdout: rodata=-22 unchanged
 * expect-stdout: after=INJECTEDINJECTED
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

static const char constant[16] = "read-only data";

static void attempt(const char *name, const void *where)
{
	char before[16];
	int32_t r;

	memcpy(before, where, sizeof before);
	r = zvm_pread(0, (char *)(uintptr_t)where, sizeof before, 0);
	out(name);
	out("=");
	out_num(r);
	out(memcmp(before, where, sizeof before) == 0 ? " unchanged\n" : " CHANGED\n");
}

int main(void)
{
	char buf[17];

	attempt("text", (const void *)(uintptr_t)main);
	attempt("trap-page", (const void *)(uintptr_t)ZVM_TRAP_ADDR);
	attempt("rodata", constant);
	out("after=");
	read_stdin(buf, sizeof buf);
	out(buf);
	out("\n");
	return 0;
}
