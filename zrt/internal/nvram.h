/*
 * nvram.h - the program's configuration, read from the channel /dev/nvram
 * before anything else runs (zrt-nvram(5) describes the format).
 *
 * __zrt_nvram_parse() is a pure function of its input: it allocates
 * nothing, calls no system layer and uses no C library state, so the host
 * unit test (tests/unit/nvram.c) and the fuzzer (fuzz/fuzz-nvram.c) compile
 * the same file.  Every string the result points to lives in the struct
 * itself, so one static struct holds the whole configuration.
 *
 * After start-up, __zrt_nvram holds what the nvram said (all zero, with no
 * records, when there is no /dev/nvram).  __zrt_init() has applied [args],
 * [env], [time], [random] and [cwd] by then (and checked [stdin]) and
 * __zrt_debug() reads [debug]; the file system reads [fstab], [mapping] and
 * [stdin] from here.
 */
#ifndef ZRT_INTERNAL_NVRAM_H
#define ZRT_INTERNAL_NVRAM_H

#include <stddef.h>
#include <stdint.h>

/* The format's limits.  Anything beyond them is malformed.  The nvram
 * carries the command line, so its size is the program's ARG_MAX: 128 KiB,
 * Linux's classic limit.  (ZeroVM's original runtime took 10240 bytes;
 * every nvram it accepted is accepted here.) */
#define ZRT_NVRAM_MAX_SIZE     131072 /* bytes in the whole file */
#define ZRT_NVRAM_MAX_SIZE_TEXT "131072"
#define ZRT_NVRAM_MAX_SECTIONS 9     /* each known section at most once */
#define ZRT_NVRAM_MAX_RECORDS  100   /* records (lines) per section */
#define ZRT_NVRAM_MAX_KEYS     5     /* key=value pairs per record */

/* A command line of n bytes has at most n/2 + 1 words. */
#define ZRT_NVRAM_MAX_ARGS (ZRT_NVRAM_MAX_SIZE / 2 + 1)

/* The exit status of a program whose nvram is malformed: it never ran,
 * like a shell's 126 for a command that was found but could not run. */
#define ZRT_NVRAM_EXIT 126

/* [fstab] access= */
enum __zrt_nvram_access {
	ZRT_NVRAM_RO = 1, /* access=ro: the image is read whole at start-up */
	ZRT_NVRAM_WO = 2  /* access=wo: the directory is saved as tar at exit */
};

/* [mapping] mode=: what fstat() reports for the channel's /dev entry. */
enum __zrt_nvram_mode {
	ZRT_NVRAM_PIPE = 1, /* mode=pipe: S_IFIFO */
	ZRT_NVRAM_CHAR = 2, /* mode=char: S_IFCHR */
	ZRT_NVRAM_FILE = 3  /* mode=file: S_IFREG */
};

/* One [fstab] record: a tar image channel mounted at a directory. */
struct __zrt_nvram_fstab {
	const char *channel;	/* channel alias, e.g. "/dev/image"; never empty */
	const char *mountpoint; /* absolute path, e.g. "/data"; starts with '/' */
	int access;		/* ZRT_NVRAM_RO or ZRT_NVRAM_WO */
	int removable;		/* removable=yes: 1; no (the default): 0 */
	const char *fsname;	/* "tar", the only file system name there is */
	int line;		/* its line in the nvram, for messages */
};

/* One [mapping] record: how a channel looks in /dev. */
struct __zrt_nvram_mapping {
	const char *channel; /* channel alias; never empty */
	int mode;	     /* ZRT_NVRAM_PIPE, _CHAR or _FILE */
	const char *file;    /* file=: the absolute path of the file the channel
			      * is (stat() gives its device and inode), or NULL */
	int line;
};

struct __zrt_nvram {
	/* [args]: argc words in argv (below); argc == 0 without it. */
	int argc;

	/* [env]: "NAME=value" strings, envp[envc] == NULL. */
	int envc;
	char *envp[ZRT_NVRAM_MAX_RECORDS + 1];

	int nfstab;
	struct __zrt_nvram_fstab fstab[ZRT_NVRAM_MAX_RECORDS];

	int nmapping;
	struct __zrt_nvram_mapping mapping[ZRT_NVRAM_MAX_RECORDS];

	int has_time; /* [time] seconds= was given */
	int64_t seconds;

	int has_seed; /* [random] seed= was given */
	uint64_t seed;

	int verbosity; /* [debug] verbosity=, 0 (the default) .. 4 */

	/* [stdin] offset=: where descriptor 0 starts reading a random-read
	 * /dev/stdin (0 without it); report=: the alias of a writable channel
	 * into which _exit() writes the final offset of that description, or
	 * NULL; stdin_line is the record's line, for messages. */
	int64_t stdin_offset;
	const char *stdin_report;
	int stdin_line;

	/* [cwd] path=: the working directory main() starts in (an absolute
	 * path), or NULL for "/"; cwd_line is its line, for messages. */
	const char *cwd;
	int cwd_line;

	/* Set when parsing fails: the line (1-based; 0 for the file as a
	 * whole) and what is wrong, without the "nvram:LINE: " prefix. */
	int error_line;
	char error[160];

	/* Decoded strings; a decoded value is never longer than its text. */
	size_t used;

	/* The two large arrays come last: a parse clears the fields above and
	 * writes these only as far as it uses them, so that a short nvram
	 * touches a few pages of them and not 640 KiB.
	 * argv[0..argc-1] are the [args] words and argv[argc] == NULL. */
	char *argv[ZRT_NVRAM_MAX_ARGS + 1];
	char strings[ZRT_NVRAM_MAX_SIZE + 2];
};

/* The configuration of this run, filled by __zrt_nvram_load(). */
extern struct __zrt_nvram __zrt_nvram;

/* Parse len bytes of nvram text into *nv (which it clears first).
 * Returns 0, or -1 with nv->error_line and nv->error set. */
int __zrt_nvram_parse(struct __zrt_nvram *nv, const char *text, size_t len);

/* Read /dev/nvram, if the manifest has it, and parse it into __zrt_nvram.
 * A malformed nvram is reported on stderr as "nvram:LINE: what" and the
 * program ends with ZRT_NVRAM_EXIT, before any of its code runs.  Called
 * once, first thing, by __zrt_init(). */
void __zrt_nvram_load(void);

/* The same from len bytes at p: a program exec started, whose channel
 * /dev/nvram its first predecessor has read. */
void __zrt_nvram_load_text(const char *p, size_t len);

/* The nvram's bytes as loaded, for exec to pass on. */
const char *__zrt_nvram_raw(size_t *len);

/* Report "nvram:LINE: what" on stderr and end the session with
 * ZRT_NVRAM_EXIT, saving nothing: for a setting that cannot be applied. */
void __zrt_nvram_fail(int line, const char *what) __attribute__((noreturn));

#endif
