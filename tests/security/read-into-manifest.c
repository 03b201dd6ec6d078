/*
 * read-into-manifest.c - make the supervisor rewrite the user manifest.
 *
 * The user manifest is read-only in the child but read+write in the
 * supervisor's view of the same memory.  A read trap into the manifest's
 * header, or into a channel's name, would let channel data rewrite what
 * the nexe's libraries believe about their channels and heap.  The answer
 * is -EINVAL and nothing changes.
 *
 * stdin: AAAAAAAAAAAAAAAA
 * expect-stdout: header=-22 unchanged
 * expect-stdout: channel-name=-22 unchanged
 * expect-stdout: name=/dev/stdin
 * expect-state: ok
 * expect-status: 0
 * expect-return: 0
 */
#include "attack.h"

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
	attempt("header", MANIFEST);
	attempt("channel-name", MANIFEST->channels[0].name);
	out("name=");
	out(MANIFEST->channels[0].name);
	out("\n");
	return 0;
}
