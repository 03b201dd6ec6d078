/*
 * manifest.h - the parsed form of a ZeroVM manifest (zerovm-manifest(5)).
 *
 * manifest_parse() is a pure function of its input text so that it can be
 * tested from a table and fuzzed: it never exits, never prints and never
 * touches the file system.
 */
#ifndef ZVM_MANIFEST_H
#define ZVM_MANIFEST_H

#include <stddef.h>
#include <stdint.h>

#define MANIFEST_VERSION "20130611"
#define MANIFEST_MAX_BYTES (512 * 1024)
#define MANIFEST_MAX_LINES 8192
#define MANIFEST_MAX_TOKENS 16     /* ';'-separated tokens in one value */
#define MANIFEST_MAX_CHANNELS 10914 /* ZeroVM's bound: fewer than 10915 */
#define MANIFEST_MAX_ALIAS 1024    /* bytes in one alias, without the NUL */
#define MANIFEST_MAX_PATH 4096     /* bytes in one URI, without the NUL */
#define MANIFEST_MAX_MEMORY (1ULL << 32)
/* Memory must hold the 16 MiB stack (ZVM_STACK_SIZE) and at least one 64 KiB
 * heap page (ZVM_PAGE_SIZE); manifest.c checks the two agree with zvm.h. */
#define MANIFEST_MIN_MEMORY (0x1000000ULL + 0x10000ULL)
#define MANIFEST_MAX_TIMEOUT 2147483647LL

struct manifest_channel {
	char *uris[MANIFEST_MAX_TOKENS]; /* host paths, as written; unused slots NULL */
	int nuris;                       /* 1..MANIFEST_MAX_TOKENS */
	char *alias;                     /* e.g. "/dev/stdin" */
	int type;                        /* 0..3, enum AccessType */
	int etag;                        /* 0 or 1 */
	int64_t limits[4];               /* gets, get_size, puts, put_size */
	int line;                        /* line of the Channel key */
};

struct manifest {
	char *version;                   /* always MANIFEST_VERSION */
	char *program;                   /* host path of the nexe, as written */
	int program_line;
	uint64_t memory;                 /* bytes, MANIFEST_MIN_MEMORY..MANIFEST_MAX_MEMORY */
	int memory_etag;                 /* 0 or 1 */
	int memory_line;                 /* for later stages' errors about Memory */
	int64_t timeout;                 /* seconds, 1..MANIFEST_MAX_TIMEOUT */
	int timeout_line;
	/* Channels in descriptor order once manifest_parse() returns:
	 * /dev/stdin, /dev/stdout, /dev/stderr, then the rest sorted by alias. */
	struct manifest_channel *channels;
	size_t nchannels;
};

/*
 * Parse len bytes of manifest text.  name is the file name used in error
 * messages.  On success returns 0 and fills *m (free with manifest_free()).
 * On failure returns -1, leaves *m empty and writes one line,
 * "NAME:LINE: KEY: what is wrong" (or "NAME: what is wrong" when no line
 * applies), into err (always NUL-terminated).
 */
int manifest_parse(struct manifest *m, const char *name, const char *text, size_t len, char *err,
		   size_t errlen);

/* Release everything manifest_parse() allocated; *m becomes empty.  Safe on
 * an all-zero struct and on one already freed. */
void manifest_free(struct manifest *m);

#endif
