/*
 * main.c - zerovm: run one nexe in the sandbox a ZeroVM manifest describes.
 *
 * main() is the boot sequence, one call per stage: fork the child (which
 * confines itself meanwhile), read the manifest, arm the session timer,
 * open the channels, check and lay out the nexe, prepare and start the
 * sandbox, serve traps, save the outputs, report.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "channel.h"
#include "die.h"
#include "loader.h"
#include "manifest.h"
#include "memory.h"
#include "report.h"
#include "sandbox.h"
#include "session.h"
#include "trap.h"
#include <zvm.h>

#define NEXE_MAX_BYTES (1ULL << 30)

volatile sig_atomic_t session_cancelled;

const char msg_program[] = "zerovm";

static struct session session;

struct options {
	int check_only;
	int report_to; /* 0 stdout, 1 stderr */
	const char *report_file;
	const char *manifest;
};

double session_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void usage(FILE *out)
{
	fprintf(out,
		"usage: zerovm [-v N] [-s] [-F] [-t N] [-T FILE] [-P] [-Q] MANIFEST\n"
		"Run the nexe that MANIFEST names in a sandbox and print the report.\n\n"
		"  -F          check the manifest, channels and nexe; do not run\n"
		"  -t N        report to standard output (0, the default) or error (1)\n"
		"  -T FILE     write the report to FILE instead\n"
		"  -v N        verbosity of diagnostics on standard error (0-4)\n"
		"  -s          skip validation (accepted; nexes are not validated yet)\n"
		"  -P          do not preallocate outputs (accepted; nothing is preallocated)\n"
		"  -Q          skip platform qualification (accepted; nothing to skip)\n"
		"  --help      this text\n"
		"  --version   zerovm's version\n\n"
		"See zerovm(1) and zerovm-manifest(5).\n");
}

static long parse_small(const char *arg, const char *opt, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || *arg == '\0' || *end != '\0' || v < 0 || v > max) {
		/* A usage error like any other: the reason, then the usage. */
		fprintf(stderr, "zerovm: %s: expected a number 0..%ld, got '%s'\n", opt, max, arg);
		usage(stderr);
		exit(ZVM_EXIT_USAGE);
	}
	return v;
}

static void parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longs[] = {{"help", no_argument, NULL, 'h'},
					      {"version", no_argument, NULL, 'V'},
					      {NULL, 0, NULL, 0}};
	int c;

	memset(o, 0, sizeof *o);
	while ((c = getopt_long(argc, argv, "v:sFt:T:PQ", longs, NULL)) != -1) {
		switch (c) {
		case 'v':
			verbosity = (int)parse_small(optarg, "-v", 4);
			break;
		case 't':
			o->report_to = (int)parse_small(optarg, "-t", 1);
			break;
		case 'T':
			o->report_file = optarg;
			break;
		case 'F':
			o->check_only = 1;
			break;
		case 's':
		case 'P':
		case 'Q':
			break;
		case 'h':
			usage(stdout);
			exit(0);
		case 'V':
			printf("zerovm %s (manifest version %s, ABI %d)\n", PACKAGE_VERSION,
			       MANIFEST_VERSION, ZVM_ABI_VERSION);
			exit(0);
		default:
			usage(stderr);
			exit(ZVM_EXIT_USAGE);
		}
	}
	if (optind != argc - 1) {
		usage(stderr);
		exit(ZVM_EXIT_USAGE);
	}
	o->manifest = argv[optind];
}

/* Read bytes [*have, want) of the file open as fd into buf; *have ends
 * short of want only at the end of the file.  A read error ends zerovm
 * with status, naming path. */
static void read_upto(int fd, void *buf, size_t *have, size_t want, int status, const char *path)
{
	ssize_t n;

	while (*have < want && (n = read(fd, (char *)buf + *have, want - *have)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die_errno(status, "%s", path);
		}
		*have += (size_t)n;
	}
}

/* Read the whole manifest, refusing anything larger than the format
 * allows before reading it all. */
static void manifest_read(struct session *s, const char *path)
{
	char err[512];
	char *text;
	size_t len = 0;
	int fd;

	s->manifest_path = path;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		die_errno(ZVM_EXIT_MANIFEST, "%s", path);
	text = malloc(MANIFEST_MAX_BYTES + 1);
	if (text == NULL)
		die(ZVM_EXIT_MANIFEST, "out of memory");
	read_upto(fd, text, &len, MANIFEST_MAX_BYTES + 1, ZVM_EXIT_MANIFEST, path);
	close(fd);
	if (manifest_parse(&s->m, path, text, len, err, sizeof err) != 0)
		die(ZVM_EXIT_MANIFEST, "%s", err);
	free(text);
}

/* How many leading bytes of the nexe the loader looks at, given its
 * first have bytes: the ELF header, the program headers and the file
 * bytes of every segment they describe.  Nothing after them (section
 * headers, symbols, debugging information: most of a nexe built with -g)
 * is ever read or copied.  Returns at most size; size itself when the
 * headers are malformed, for loader_check() to say what is wrong. */
static size_t nexe_extent(const unsigned char *p, size_t have, size_t size)
{
	Elf64_Ehdr eh;
	Elf64_Phdr ph;
	uint64_t need, end;
	unsigned i;

	if (have < sizeof eh)
		return size < sizeof eh ? size : sizeof eh;
	memcpy(&eh, p, sizeof eh);
	if (eh.e_phentsize != sizeof ph || eh.e_phnum == 0 || eh.e_phnum > LOADER_MAX_PHNUM ||
	    eh.e_phoff > size)
		return size;
	need = eh.e_phoff + (uint64_t)eh.e_phnum * sizeof ph;
	if (need > size)
		return size;
	if (need > have)
		return (size_t)need;
	for (i = 0; i < eh.e_phnum; i++) {
		memcpy(&ph, p + eh.e_phoff + (uint64_t)i * sizeof ph, sizeof ph);
		if (__builtin_add_overflow(ph.p_offset, ph.p_filesz, &end) || end > size)
			return size;
		if (end > need)
			need = end;
	}
	return (size_t)need;
}

/* Read the nexe into private memory and check it.  A copy, not a
 * mapping: the bytes checked must be the bytes loaded, whatever another
 * process does to the file meanwhile.  Only the part the loader uses is
 * read (nexe_extent()), in order from the start, into one buffer. */
static void loader_read(struct session *s)
{
	char err[512];
	struct stat st;
	size_t have = 0, want, size;
	int fd;

	fd = open(s->m.program, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		die_errno(ZVM_EXIT_PROGRAM, "%s:%d: Program: %s", s->manifest_path,
			  s->m.program_line, s->m.program);
	if (fstat(fd, &st) < 0)
		die_errno(ZVM_EXIT_PROGRAM, "%s", s->m.program);
	if (!S_ISREG(st.st_mode))
		die(ZVM_EXIT_PROGRAM, "%s: not a regular file", s->m.program);
	if ((unsigned long long)st.st_size > NEXE_MAX_BYTES)
		die(ZVM_EXIT_PROGRAM, "%s: %lld bytes; a nexe is at most %llu", s->m.program,
		    (long long)st.st_size, NEXE_MAX_BYTES);
	size = (size_t)st.st_size;
	/* Each round asks for more than the last, up to the file's size.  The
	 * first takes a small nexe whole, as one read into one buffer. */
	want = size < 16384 ? size : 16384;
	for (;;) {
		s->nexe = realloc(s->nexe, want + 1);
		if (s->nexe == NULL)
			die(ZVM_EXIT_PROGRAM, "%s: out of memory", s->m.program);
		read_upto(fd, s->nexe, &have, want, ZVM_EXIT_PROGRAM, s->m.program);
		if (have < want)
			break; /* the file shrank: check what there is */
		want = nexe_extent(s->nexe, have, size);
		if (want <= have)
			break;
	}
	close(fd);
	s->nexe_len = have;
	if (loader_check(s->nexe, s->nexe_len, &s->img, err, sizeof err) != LOADER_OK)
		die(ZVM_EXIT_PROGRAM, "%s: %s", s->m.program, err);
}

static void loader_release(struct session *s)
{
	free(s->nexe);
	s->nexe = NULL;
}

/* Whatever way zerovm exits, no half-written output is left behind. */
static void cleanup(void)
{
	if (session.pid > 0)
		kill(session.pid, SIGKILL);
	channel_abandon(&session);
}

static int end_status(const struct session *s)
{
	switch (s->end) {
	case END_EXIT:
		return ZVM_EXIT_OK;
	case END_TIMEOUT:
		return ZVM_EXIT_TIMEOUT;
	case END_INTERRUPT:
		return ZVM_EXIT_INTERRUPT;
	case END_INTERNAL:
		return ZVM_EXIT_SANDBOX;
	default:
		return ZVM_EXIT_KILLED;
	}
}

static int report(struct session *s, const struct options *o)
{
	FILE *out = o->report_to ? stderr : stdout;
	int rc;

	if (o->report_file != NULL) {
		out = fopen(o->report_file, "we");
		if (out == NULL) {
			fprintf(stderr, "zerovm: %s: %s\n", o->report_file, strerror(errno));
			return -1;
		}
	}
	rc = report_write(s, out);
	if (o->report_file != NULL && fclose(out) != 0)
		rc = -1;
	if (rc < 0)
		fprintf(stderr, "zerovm: cannot write the report\n");
	return rc;
}

/* With -v 3, how long each stage took. */
static void stage_done(const char *stage, double *t)
{
	double now = session_now();

	note(3, "%s: %.0f us", stage, (now - *t) * 1e6);
	*t = now;
}

int main(int argc, char **argv)
{
	struct session *s = &session;
	struct options o;
	double t;
	int status;

	parse_options(argc, argv, &o);
	atexit(cleanup);
	s->pid = 0;
	s->memfd = -1;

	t = session_now();
	/* The child first: it drops its privileges while this process reads
	 * the manifest, opens the channels and builds user memory. */
	if (!o.check_only) {
		memory_reserve(s);
		sandbox_fork(s);
		stage_done("fork", &t);
	}
	manifest_read(s, o.manifest);
	s->deadline = session_now() + (double)s->m.timeout;
	trap_arm(s);
	stage_done("manifest", &t);
	channel_open_all(s, o.check_only);
	stage_done("channels", &t);
	loader_read(s);
	stage_done("loader", &t);
	if (o.check_only)
		return ZVM_EXIT_OK;
	memory_build(s);
	loader_release(s);
	stage_done("memory", &t);
	sandbox_prepare(s);
	stage_done("sandbox prepare", &t);
	sandbox_start(s);
	stage_done("sandbox start", &t);
	trap_run(s);
	stage_done("session", &t);

	status = end_status(s);
	if (channel_close_all(s, s->end == END_EXIT) < 0 && status == ZVM_EXIT_OK)
		status = ZVM_EXIT_IO;
	if (report(s, &o) < 0 && status == ZVM_EXIT_OK)
		status = ZVM_EXIT_IO;
	return status;
}
