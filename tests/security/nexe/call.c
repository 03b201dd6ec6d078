/*
 * call.c - makes the one system call its stdin names, for the script
 * attacks of tests/security/.
 *
 * stdin: a line "NR ARG..." (up to six arguments, decimal or 0x hex,
 * "P" for a pointer to the path), then optionally a line with a path.
 * Before the call it prints "insn=0x..." (the syscall instruction) and
 * "at=0x..." (the instruction after it, where the kernel says the call
 * was made) on stdout.  If the call ever returns it prints "returned=N"
 * and exits with 99.
 */
#include "attack.h"

static char input[4096];

int main(void)
{
	long args[7] = {0};
	char *s = input, *path;
	int n = 0;

	read_stdin(input, sizeof input);
	for (path = input; *path && *path != '\n'; path++)
		;
	if (*path == '\n')
		*path++ = '\0';
	for (n = 0; n < 7; n++) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		args[n] = *s == 'P' ? (long)path : (long)parse_num(s);
		while (*s && *s != ' ')
			s++;
	}
	if (n == 0)
		return 100;
	/* The path ends at its line's end. */
	for (s = path; *s && *s != '\n'; s++)
		;
	*s = '\0';
	out("insn=");
	attack_out_hex((uint64_t)(uintptr_t)attack_syscall_insn);
	out("\nat=");
	attack_out_hex((uint64_t)(uintptr_t)attack_syscall_after);
	out("\n");
	attack_out_result("returned", attack_syscall(args[0], args[1], args[2], args[3], args[4],
						     args[5], args[6]));
	return 99;
}
