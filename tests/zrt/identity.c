/*
 * identity.c - who the program is: process 1 with no parent, root (uid and
 * gid 0) in a user database of one user and one group, on a system called
 * ZeroVM, leading its own process group and session; and the process
 * calls that cannot work here (exec of files that are not there, wait
 * without children, sockets, and fork under a zerovm of one process),
 * which fail with the errno doc/zrt.md gives.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap/basic.h"

/* The sysroot has no <sys/socket.h>: a nexe has no network. */
int socket(int domain, int type, int protocol);

static int fails_with(long r, int want)
{
	return r == -1 && errno == want;
}

static void check_ids(void)
{
	is_int(1, getpid(), "getpid() is 1");
	is_int(0, getppid(), "getppid() is 0");
	is_int(1, getpgrp(), "getpgrp() is 1: the process leads its group");
	is_int(1, getpgid(0), "getpgid(0) is 1");
	is_int(1, getpgid(1), "getpgid(1) is 1");
	ok(fails_with(getpgid(2), ESRCH), "getpgid(2): ESRCH");
	is_int(1, getsid(0), "getsid(0) is 1: and its session");
	ok(fails_with(getsid(7), ESRCH), "getsid(7): ESRCH");
	is_int(0, getuid(), "getuid() is 0");
	is_int(0, geteuid(), "geteuid() is 0");
	is_int(0, getgid(), "getgid() is 0");
	is_int(0, getegid(), "getegid() is 0");
}

static void check_passwd(void)
{
	struct passwd *pw, pwbuf, *res = &pwbuf;
	char buf[256];

	pw = getpwnam("root");
	ok(pw != NULL, "getpwnam(\"root\")");
	if (pw == NULL)
		bail("no root");
	is_string("root", pw->pw_name, "... pw_name");
	is_int(0, pw->pw_uid, "... pw_uid");
	is_int(0, pw->pw_gid, "... pw_gid");
	is_string("/", pw->pw_dir, "... pw_dir");
	is_string("/bin/sh", pw->pw_shell, "... pw_shell");
	is_string("root", pw->pw_gecos, "... pw_gecos");
	ok(getpwuid(0) == pw, "getpwuid(0) is the same entry");
	errno = 1234;
	ok(getpwnam("nobody") == NULL, "getpwnam(\"nobody\") is NULL");
	is_int(1234, errno, "... and errno is untouched");
	ok(getpwuid(1000) == NULL, "getpwuid(1000) is NULL");
	is_int(0, getpwnam_r("root", &pwbuf, buf, sizeof(buf), &res), "getpwnam_r(\"root\")");
	ok(res == &pwbuf && strcmp(pwbuf.pw_name, "root") == 0 && pwbuf.pw_name >= buf &&
	       pwbuf.pw_name < buf + sizeof(buf),
	   "... fills the caller's struct and buffer");
	is_int(ERANGE, getpwuid_r(0, &pwbuf, buf, 8, &res), "getpwuid_r with 8 bytes: ERANGE");
	ok(res == NULL, "... and no result");
	res = &pwbuf;
	is_int(0, getpwuid_r(42, &pwbuf, buf, sizeof(buf), &res), "getpwuid_r(42) returns 0");
	ok(res == NULL, "... with no result");
	setpwent();
	ok(getpwent() == pw, "getpwent() walks root first");
	ok(getpwent() == NULL, "... and root only");
	setpwent();
	ok(getpwent() == pw, "setpwent() starts over");
	endpwent();
}

static void check_group(void)
{
	struct group *gr, grbuf, *res = NULL;
	char buf[256];

	gr = getgrnam("root");
	ok(gr != NULL && gr->gr_gid == 0 && strcmp(gr->gr_name, "root") == 0,
	   "getgrnam(\"root\") is gid 0");
	ok(gr != NULL && gr->gr_mem != NULL && gr->gr_mem[0] == NULL, "... with no members");
	ok(getgrgid(0) == gr, "getgrgid(0) is the same entry");
	ok(getgrgid(100) == NULL, "getgrgid(100) is NULL");
	ok(getgrnam("wheel") == NULL, "getgrnam(\"wheel\") is NULL");
	is_int(0, getgrgid_r(0, &grbuf, buf, sizeof(buf), &res), "getgrgid_r(0)");
	ok(res == &grbuf && strcmp(grbuf.gr_name, "root") == 0 && grbuf.gr_mem[0] == NULL,
	   "... a copy in the caller's buffer");
	is_int(ERANGE, getgrnam_r("root", &grbuf, buf, 4, &res), "getgrnam_r with 4 bytes: ERANGE");
	setgrent();
	ok(getgrent() == gr && getgrent() == NULL, "getgrent() walks the one group");
	endgrent();
}

static void check_uname(void)
{
	struct utsname u;
	char host[64], small[4] = {'x', 'x', 'x', 'x'};

	is_int(0, uname(&u), "uname()");
	is_string("ZeroVM", u.sysname, "sysname");
	is_string("zerovm", u.nodename, "nodename");
	is_string(ZVM_TEST_VERSION, u.release, "release is the package version");
	is_string("abi 1", u.version, "version is the ABI version");
	is_string("x86_64", u.machine, "machine");
	is_int(0, gethostname(host, sizeof(host)), "gethostname()");
	is_string("zerovm", host, "... is the nodename");
	is_int(0, gethostname(small, 3), "gethostname into 3 bytes succeeds");
	is_blob("zerx", small, 4, "... truncating the name, without a NUL");
}

static void check_processes(void)
{
	char *argv[] = {"sh", "-c", "true", NULL};
	int status = 0;

	/* tests/zrt/fork.c tests fork() where zerovm runs processes. */
	if (sysconf(_SC_CHILD_MAX) == 1)
		ok(fails_with(fork(), EAGAIN), "fork(): EAGAIN under a zerovm of one process");
	else
		skip("fork() works: tests/zrt/fork.c");
	/* tests/zrt/exec.t runs programs from an image; here there is none. */
	ok(fails_with(execve("/bin/sh", argv, argv + 3), ENOENT), "execve() of no file: ENOENT");
	ok(fails_with(execv("/bin/sh", argv), ENOENT), "execv() too");
	ok(fails_with(execvp("sh", argv), ENOENT), "execvp() too");
	ok(fails_with(execv("/dev/null", argv), EACCES), "execv() of a device: EACCES");
	ok(fails_with(wait(&status), ECHILD), "wait(): ECHILD");
	ok(fails_with(waitpid(-1, &status, WNOHANG), ECHILD), "waitpid(-1, WNOHANG): ECHILD");
	ok(fails_with(waitpid(-1, &status, 0x1000), EINVAL), "waitpid with a bad option: EINVAL");
	is_int(0, system(NULL), "system(NULL): there is no /bin/sh");
	if (sysconf(_SC_CHILD_MAX) == 1)
		ok(fails_with(system("true"), EAGAIN), "system(\"true\"): no process to run it in");
	else
		is_int(127 << 8, system("true"),
		       "system(\"true\"): the child's exec fails, status 127");
	ok(fails_with(kill(2, SIGTERM), ESRCH), "kill(2, SIGTERM): ESRCH");
	is_int(0, kill(1, 0), "kill(1, 0): the process exists");
	is_int(0, kill(0, 0), "kill(0, 0): its process group");
	ok(fails_with(kill(1, 1000), EINVAL), "kill with a bad signal: EINVAL");
	ok(fails_with(socket(2, 1, 0), EAFNOSUPPORT), "socket(AF_INET): EAFNOSUPPORT");
}

int main(void)
{
	plan(66);
	check_ids();
	check_passwd();
	check_group();
	check_uname();
	check_processes();
	return 0;
}
