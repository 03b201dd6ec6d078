/*
 * state.c - prints everything a run could differ in that ZRT decides:
 * arguments, environment, clocks, random bytes, identity, memory
 * addresses, limits.  determinism.t compares the output of runs.  Each
 * line starts with what it is about, so that a test can pick lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static void print_args(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++)
		printf("args: argv[%d] = %s\n", i, argv[i]);
	for (i = 0; environ[i] != NULL; i++)
		printf("args: environ[%d] = %s\n", i, environ[i]);
}

static void print_time(void)
{
	struct timespec ts;
	struct timeval tv;
	struct tms t;

	gettimeofday(&tv, NULL);
	printf("time: gettimeofday %lld.%06ld\n", (long long)tv.tv_sec, (long)tv.tv_usec);
	clock_gettime(CLOCK_REALTIME, &ts);
	printf("time: realtime %lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
	printf("time: time %lld\n", (long long)time(NULL));
	clock_gettime(CLOCK_MONOTONIC, &ts);
	printf("clock: monotonic %lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
	printf("clock: clock %ld\n", (long)clock());
	printf("clock: times %ld\n", (long)times(&t));
}

static void print_random(void)
{
	unsigned char buf[32];
	int i;

	getentropy(buf, sizeof(buf));
	printf("random: getentropy ");
	for (i = 0; i < (int)sizeof(buf); i++)
		printf("%02x", buf[i]);
	printf("\n");
	for (i = 0; i < 4; i++)
		printf("random: arc4random %08lx\n", (unsigned long)arc4random());
}

static void print_system(void)
{
	struct utsname u;
	struct rlimit rl;
	void *p = malloc(100), *q = malloc(1 << 20);
	int local;

	uname(&u);
	printf("system: %s %s %s %s %s\n", u.sysname, u.nodename, u.release, u.version, u.machine);
	printf("system: pid %d ppid %d uid %d gid %d\n", (int)getpid(), (int)getppid(),
	       (int)getuid(), (int)getgid());
	printf("system: malloc %p %p stack %p\n", p, q, (void *)&local);
	printf("system: rand %d %d\n", rand(), rand());
	getrlimit(RLIMIT_DATA, &rl);
	printf("system: RLIMIT_DATA %llu pages %ld\n", (unsigned long long)rl.rlim_cur,
	       sysconf(_SC_PHYS_PAGES));
	free(q);
	free(p);
}

int main(int argc, char **argv)
{
	print_args(argc, argv);
	print_time();
	print_random();
	print_system();
	return 0;
}
