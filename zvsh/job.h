/*
 * job.h - what one zvsh run asks for: the program and its arguments, the
 * environment and clock it sees, the host files mapped as channels, the
 * images mounted in its file system, and the limits.
 *
 * options.c fills a job from the command line; the later stages (the work
 * directory, packing, nvram, manifest, running, writing back) complete it
 * and read it.  This header is the only one that knows its layout.
 */
#ifndef ZVSH_JOB_H
#define ZVSH_JOB_H

#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Every channel's quotas: far beyond what an interactive command moves,
 * so that a program run by zvsh behaves like an ordinary command. */
#define ZVSH_LIMIT_COUNT 1099511627776LL /* 2^40 reads or writes */
#define ZVSH_LIMIT_BYTES 1099511627776LL /* 1 TiB */

#define ZVSH_DEFAULT_TIMEOUT 60
#define ZVSH_DEFAULT_MEMORY  (256LL << 20)

/* The manifest's bounds (zerovm-manifest(5)), checked here so that a bad
 * value is reported against the option that gave it. */
#define ZVSH_MIN_MEMORY	 16842752LL /* the 16 MiB stack and one 64 KiB heap page */
#define ZVSH_MAX_MEMORY	 4294967296LL
#define ZVSH_MAX_TIMEOUT 2147483647LL
#define ZVSH_MAX_URI	 4096
#define ZVSH_MAX_ALIAS	 1024

/* The channel that brings standard input's final offset back: its
 * alias, and the bytes and writes the program may put into it (ZRT
 * writes one line, at most 19 digits and a newline). */
#define ZVSH_STDIN_REPORT_ALIAS "/dev/stdin-offset"
#define ZVSH_STDIN_REPORT_MAX	32
#define ZVSH_STDIN_REPORT_PUTS	4

/* How many channels and images one command line may add. */
#define ZVSH_MAX_USER_CHANNELS 1024

/* The nvram format's bounds (zrt-nvram(5)): the whole file, the records
 * in one section, and the clock (microseconds since 1970 in 64 bits). */
#define ZVSH_MAX_NVRAM	       131072
#define ZVSH_MAX_NVRAM_RECORDS 100
#define ZVSH_MAX_TIME	       9223372036853LL

/* One channel of the manifest, other than the three standard ones. */
struct chan {
	char *opt;	  /* the option that asked for it, for messages */
	char *alias;	  /* "/dev/NAME" */
	char *host;	  /* the host path, absolute (or /dev/stdin, /dev/fd/N, ...) */
	char *uri;	  /* what the manifest names: host, or a link in the work dir */
	int out;	  /* write-only; otherwise read-only */
	int image;	  /* an image channel (--zvm-image, --zvm-dir) */
	size_t dir;	  /* for --zvm-dir's channels: index in job.dir */
	int type;	  /* the manifest's channel type, 0..3 */
	const char *mode; /* the [mapping] mode, "pipe", "char" or "file"; NULL: none */
};

/* One [fstab] record: an image channel mounted in the program's tree. */
struct mount {
	size_t chan;	  /* index in job.chan */
	char *mountpoint; /* absolute, normalised */
	int wo;		  /* saved at exit into the channel; otherwise read */
};

/* One --zvm-dir: a host directory packed into an image, and with rw
 * written back from the image the program saves. */
struct hostdir {
	char *opt;
	char *path; /* the directory, resolved (realpath) */
	char *mountpoint;
	int rw;
	int sync;     /* rw, applying the changes in place (unpack_sync) */
	char *packed; /* the image packed from it, in the work dir */
	char *saved;  /* with rw: the image the program saves, in the work dir */
};

struct env {
	char *name;
	char *value;
};

struct job {
	/* the program */
	const char *prog; /* PROG as given */
	char *program;	  /* the Program line: an absolute path, or a link */
	char **args;	  /* the arguments after PROG */
	int nargs;

	/* what the program sees */
	struct env *env;
	size_t nenv;
	int64_t time;
	int have_time;
	char *progcwd; /* --zvm-cwd, normalised; NULL: the default, / */

	/* limits */
	int64_t memory;
	int64_t timeout;

	/* channels and images, in command-line order */
	struct chan *chan;
	size_t nchan;
	struct mount *mount;
	size_t nmount;
	struct hostdir *dir;
	size_t ndir;
	unsigned nimages; /* /dev/image0, /dev/image1, ... handed out so far */

	/* zvsh's own behaviour */
	int report;	    /* --zvm-report */
	const char *keep;   /* --zvm-keep DIR, or NULL */
	const char *status; /* --zvm-status FILE, or NULL */

	/* filled in by main */
	char *workdir; /* absolute; private unless kept */
	char *zerovm;
	char *cwd;
	struct stat stdst[3];	/* zvsh's own stdin, stdout, stderr, fstat()ed once
				 * (all zero for one that cannot be) */
	const char *stdmode[3]; /* the [mapping] modes of stdin, stdout, stderr */
	char *stdfile[3];	/* [mapping] file=: the path in the sandbox of the file
				 * a standard stream is, when the program sees it too */

	/* standard input from a regular file (stdin.c): read at offsets from
	 * stdin_start; stdin_report is the work directory's file that the
	 * final offset comes back through */
	int stdin_file;
	int64_t stdin_start;
	char *stdin_report;
};

#endif
