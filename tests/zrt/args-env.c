/*
 * args-env.c - argv and the environment come from nvram's [args] and [env]:
 * splitting, quotes, escapes, order; and the C library's getenv/setenv
 * work on that environment.  [debug] verbosity=1 makes ZRT say it started
 * on /dev/debug.
 *
 * channel: /dev/debug wo
 * output: /dev/debug data/args-env-debug.txt
 * nvram:
 *   [args]
 *   args = args-env one "two words" "" th\x22ree a\x2cb  tab\x09x
 *   [env]
 *   name = HOME, value = /home/user
 *   name = EMPTY, value = ""
 *   name = EQ, value = a=b
 *   name = LANG, value = C
 *   [debug]
 *   verbosity = 1
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"

extern char **environ;

static void check_args(int argc, char **argv)
{
	is_int(7, argc, "argc counts every word");
	is_string("args-env", argv[0], "argv[0] is the first word");
	is_string("one", argv[1], "argv[1]");
	is_string("two words", argv[2], "quotes group words");
	is_string("", argv[3], "\"\" is an empty argument");
	is_string("th\"ree", argv[4], "\\x22 is a literal quote");
	is_string("a,b", argv[5], "\\x2c is a literal comma");
	is_string("tab\tx", argv[6], "\\x09 is a literal tab; runs of blanks split once");
	ok(argv[7] == NULL, "argv[argc] is NULL");
}

static void check_environ(char **envp)
{
	ok(envp == environ, "main's envp is environ");
	is_string("HOME=/home/user", environ[0], "environ[0]");
	is_string("EMPTY=", environ[1], "an empty value");
	is_string("EQ=a=b", environ[2], "a value holding '='");
	is_string("LANG=C", environ[3], "environ[3]");
	ok(environ[4] == NULL, "environ ends after the [env] records");
}

static void check_getenv(void)
{
	is_string("/home/user", getenv("HOME"), "getenv(HOME)");
	is_string("", getenv("EMPTY"), "getenv of an empty value");
	is_string("a=b", getenv("EQ"), "getenv(EQ)");
	ok(getenv("PATH") == NULL, "no PATH unless nvram gives one");
	is_int(0, setenv("NEW", "v", 0), "setenv a new variable");
	is_string("v", getenv("NEW"), "... and getenv sees it");
	is_int(0, setenv("HOME", "/x", 0), "setenv without overwrite");
	is_string("/home/user", getenv("HOME"), "... keeps the old value");
	is_int(0, setenv("HOME", "/x", 1), "setenv with overwrite");
	is_string("/x", getenv("HOME"), "... replaces it");
	is_int(0, unsetenv("EQ"), "unsetenv");
	ok(getenv("EQ") == NULL, "... removes the variable");
	errno = 0;
	is_int(-1, setenv("A=B", "v", 1), "setenv of a name with '='");
	is_int(EINVAL, errno, "... fails with EINVAL");
}

int main(int argc, char **argv, char **envp)
{
	plan(29);
	check_args(argc, argv);
	check_environ(envp);
	check_getenv();
	return 0;
}
