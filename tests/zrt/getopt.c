/*
 * getopt.c - getopt() and getopt_long() parse command lines as POSIX and
 * glibc do: a lone "-" is an operand (standard input, by convention),
 * which GNU's permutation passes over and keeps and POSIX order stops at;
 * "=" separates a long option from its argument, while a short option's
 * attached argument is the rest of its word, "=" included; an option
 * that is not in optstring is '?', with optopt its character.
 *
 * nvram:
 *   [args]
 *   args = getopt -n - -e x file
 */
#include <getopt.h>
#include <string.h>
#include <unistd.h>

#include "tap/basic.h"

static const struct option longopts[] = {
	{ "quiet", no_argument, NULL, 'n' },
	{ "expression", required_argument, NULL, 'e' },
	{ "in-place", optional_argument, NULL, 'i' },
	{ NULL, 0, NULL, 0 },
};

/* The first option of ARGV (three words) and its argument. */
static int first(char *arg, const char **optarg_out)
{
	char *argv[] = { "prog", arg, "next", NULL };
	int c;

	optind = 0;
	c = getopt_long(3, argv, "ne:i::", longopts, NULL);
	*optarg_out = optarg;
	return c;
}

int main(int argc, char **argv)
{
	char *posix[] = { "prog", "-a", "-", "-b", NULL };
	char *dash_arg[] = { "prog", "-e", "-", "-n", NULL };
	const char *arg;

	plan(28);
	opterr = 0;

	/* The command line of `sed -n - -e x file`, permuted. */
	is_int(6, argc, "six words from nvram");
	is_int('n', getopt_long(argc, argv, "ne:", longopts, NULL), "-n is an option");
	is_int('e', getopt_long(argc, argv, "ne:", longopts, NULL), "-e after the lone -");
	is_string("x", optarg, "... with its argument");
	is_int(-1, getopt_long(argc, argv, "ne:", longopts, NULL), "then no more options");
	is_int(4, optind, "the operands start at argv[4]");
	is_string("-", argv[optind], "the lone - is the first operand");
	is_string("file", argv[optind + 1], "file the second");

	/* POSIX order: the lone - ends the options, -b after it is not one. */
	optind = 0;
	is_int('a', getopt(4, posix, "+ab"), "-a is an option");
	is_int(-1, getopt(4, posix, "+ab"), "the lone - ends the options");
	is_int(2, optind, "... and optind stays on it");
	is_string("-", posix[optind], "argv[optind] is the -");

	/* A lone - that is an option's argument stays that. */
	optind = 0;
	is_int('e', getopt(4, dash_arg, "e:n"), "-e takes the next word");
	is_string("-", optarg, "... the lone -, as its argument");
	is_int('n', getopt(4, dash_arg, "e:n"), "-n after it is an option");

	/* "=": part of a short option's argument, a long option's separator. */
	is_int('i', first("-i==*==", &arg), "-i==*==");
	is_string("==*==", arg, "... keeps both leading =");
	is_int('e', first("-e=", &arg), "-e=");
	is_string("=", arg, "... has the argument \"=\", not the next word");
	is_int('e', first("--expression=x", &arg), "--expression=x");
	is_string("x", arg, "... has the argument x");
	is_int('i', first("--in-place=.bak", &arg), "--in-place=.bak");
	is_string(".bak", arg, "... has the argument .bak");
	is_int('i', first("--in-place", &arg), "--in-place alone");
	ok(arg == NULL, "... has no argument");

	/* An option not in optstring: '?', and optopt names it. */
	optind = 0;
	is_int('?', getopt(4, posix, "b"), "-a is not in \"b\": '?'");
	is_int('a', optopt, "... and optopt is 'a'");
	is_int(2, optind, "... optind is past it");
	return 0;
}
