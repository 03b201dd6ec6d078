/*
 * _execve.c - what newlib's execve() (and so execl, execv, execvp, ...)
 * calls: replace the program with the nexe at path (zvm_exec), handing it
 * the block of internal/exec.h.
 *
 * The file is read whole from the file system, as the kernel reads an
 * executable.  A file that starts with "#!" is run by the interpreter its
 * first line names, as Linux does, up to ZRT_EXEC_NEST interpreters deep.
 * On success nothing returns; on failure the program goes on unchanged.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/clock.h"
#include "internal/exec.h"
#include "internal/fd.h"
#include "internal/nvram.h"
#include "internal/proc.h"
#include "internal/shm.h"
#include "internal/syscall.h"
#include "internal/vfs.h"

#define ZRT_EXEC_NEST 4
#define ZRT_EXEC_LINE 256 /* an interpreter line's bytes, as Linux allows */

int _execve(const char *path, char *const argv[], char *const envp[]);

/* The whole of the executable at path in *buf (malloc'd). */
static int load(const char *path, char **buf, size_t *len)
{
	struct stat st;
	size_t have = 0;
	ssize_t n;
	int fd, e = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0) {
		e = -errno;
	} else if (!S_ISREG(st.st_mode)) {
		e = -EACCES;
	} else if (access(path, X_OK) < 0) {
		e = -EACCES;
	} else if (st.st_size <= 0) {
		e = -ENOEXEC;
	} else {
		*buf = malloc((size_t)st.st_size);
		if (*buf == NULL)
			e = -ENOMEM;
		while (e == 0 && have < (size_t)st.st_size) {
			n = read(fd, *buf + have, (size_t)st.st_size - have);
			if (n < 0)
				e = -errno;
			else if (n == 0)
				break;
			else
				have += (size_t)n;
		}
		if (e < 0) {
			free(*buf);
			*buf = NULL;
		}
	}
	close(fd);
	*len = have;
	return e;
}

/* Grow the block to hold n more bytes at *used; returns their offset,
 * or 0 when the block would pass ZVM_EXEC_BLOCK_MAX. */
static uint32_t put(char **block, size_t *cap, size_t *used, const void *p, size_t n)
{
	size_t at = *used;
	char *b;

	if (n > ZVM_EXEC_BLOCK_MAX - at)
		return 0;
	while (at + n > *cap) {
		*cap *= 2;
		b = realloc(*block, *cap);
		if (b == NULL)
			return 0;
		*block = b;
	}
	memcpy(*block + at, p, n);
	*used = at + n;
	return (uint32_t)at;
}

static size_t count(char *const v[])
{
	size_t n = 0;

	while (v != NULL && v[n] != NULL)
		n++;
	return n;
}

/* The block for the new program, or -errno. */
static int make_block(char *const argv[], char *const envp[], char **out, size_t *len)
{
	struct __zrt_exec_block h = {0};
	struct __zrt_exec_fd *recs;
	struct __zrt_file *f, **seen;
	size_t cap = 4096, used, i, n, nseen = 0;
	char cwd[PATH_MAX], path[PATH_MAX];
	const char *nv;
	size_t nvlen;
	char *b;
	int fd, e = -E2BIG;

	b = malloc(cap);
	recs = malloc(ZRT_OPEN_MAX * sizeof(*recs));
	seen = malloc(ZRT_OPEN_MAX * sizeof(*seen));
	if (b == NULL || recs == NULL || seen == NULL) {
		e = -ENOMEM;
		goto fail;
	}
	used = sizeof(h);
	memset(b, 0, used);
	h.magic = ZRT_EXEC_MAGIC;
	h.argc = (uint32_t)count(argv);
	h.envc = (uint32_t)count(envp);
	h.pid = __zrt_self;
	h.ppid = __zrt_parent;
	h.umask = (uint32_t)__zrt_vfs.umask;
	h.clock_us = __zrt_clock_us();
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		strcpy(cwd, "/");
	h.cwd = put(&b, &cap, &used, cwd, strlen(cwd) + 1);
	if (h.cwd == 0)
		goto fail;
	nv = __zrt_nvram_raw(&nvlen);
	h.nvram_len = (uint32_t)nvlen;
	h.nvram = put(&b, &cap, &used, nv, nvlen + 1);
	if (h.nvram == 0)
		goto fail;
	h.strings = (uint32_t)used;
	for (i = 0; i < h.argc; i++)
		if (put(&b, &cap, &used, argv[i], strlen(argv[i]) + 1) == 0)
			goto fail;
	for (i = 0; i < h.envc; i++)
		if (put(&b, &cap, &used, envp[i], strlen(envp[i]) + 1) == 0)
			goto fail;
	/* Each descriptor, its description numbered by first use; the
	 * paths join the strings, the records come last. */
	for (fd = 0; fd < ZRT_OPEN_MAX; fd++) {
		struct __zrt_exec_fd *r = &recs[h.nfd];

		f = __zrt_fds[fd].file;
		if (f == NULL)
			continue;
		memset(r, 0, sizeof(*r));
		r->fd = fd;
		for (n = 0; n < nseen && seen[n] != f; n++)
			;
		if (n == nseen)
			seen[nseen++] = f;
		r->desc = (int32_t)n;
		r->flags = f->flags;
		r->cloexec = __zrt_fds[fd].cloexec;
		r->pos = f->pos;
		if (f->pipe != NULL && __zrt_shm_has(f->pipe)) {
			r->pipe = (uint64_t)(uintptr_t)f->pipe;
		} else if (f->pipe == NULL && __zrt_file_path(f, path, sizeof(path)) == 0) {
			r->path = put(&b, &cap, &used, path, strlen(path) + 1);
			if (r->path == 0)
				goto fail;
		} else {
			/* A FIFO, or a pipe of this process alone: nothing the
			 * new program could reach. */
			r->cloexec = 1;
		}
		h.nfd++;
	}
	used = (used + 7) & ~(size_t)7;
	if (used > cap ||
	    (h.nfd > 0 && (h.fds = put(&b, &cap, &used, recs, h.nfd * sizeof(*recs))) == 0))
		goto fail;
	h.size = (uint32_t)used;
	memcpy(b, &h, sizeof(h));
	free(recs);
	free(seen);
	*out = b;
	*len = used;
	return 0;
fail:
	free(b);
	free(recs);
	free(seen);
	return e;
}

/* Run the file at path, or the interpreter of a "#!" script; depth
 * counts the interpreters so far. */
static int exec_at(const char *path, char *const argv[], char *const envp[], int depth)
{
	char *buf = NULL, *block = NULL, *line, *interp, *arg, **nargv;
	size_t len = 0, blen, n, i, k;
	int r;

	r = load(path, &buf, &len);
	if (r < 0)
		return r;
	if (len >= 2 && buf[0] == '#' && buf[1] == '!') {
		if (depth >= ZRT_EXEC_NEST) {
			free(buf);
			return -ELOOP;
		}
		/* "#!interpreter [one argument]", on a line of its own. */
		n = len < ZRT_EXEC_LINE ? len : ZRT_EXEC_LINE;
		line = memchr(buf, '\n', n);
		if (line == NULL && len > n) {
			free(buf);
			return -ENOEXEC;
		}
		n = line != NULL ? (size_t)(line - buf) : len;
		line = strndup(buf + 2, n - 2);
		free(buf);
		if (line == NULL)
			return -ENOMEM;
		interp = line + strspn(line, " \t");
		n = strcspn(interp, " \t");
		arg = interp + n;
		if (*arg != '\0') {
			*arg++ = '\0';
			arg += strspn(arg, " \t");
			k = strlen(arg);
			while (k > 0 &&
			       (arg[k - 1] == ' ' || arg[k - 1] == '\t' || arg[k - 1] == '\r'))
				arg[--k] = '\0';
		}
		if (*interp == '\0') {
			free(line);
			return -ENOEXEC;
		}
		n = count(argv);
		nargv = malloc((n + 3) * sizeof(*nargv));
		if (nargv == NULL) {
			free(line);
			return -ENOMEM;
		}
		k = 0;
		nargv[k++] = interp;
		if (*arg != '\0')
			nargv[k++] = arg;
		nargv[k++] = (char *)path;
		for (i = 1; i < n; i++)
			nargv[k++] = argv[i];
		nargv[k] = NULL;
		r = exec_at(interp, nargv, envp, depth + 1);
		free(nargv);
		free(line);
		return r;
	}
	r = make_block(argv, envp, &block, &blen);
	if (r == 0) {
		r = (int)__zrt_trap_errno(zvm_exec(buf, len, block, blen));
	}
	free(block);
	free(buf);
	return r;
}

int _execve(const char *path, char *const argv[], char *const envp[])
{
	if (path == NULL || argv == NULL)
		return (int)__zrt_ret(-EFAULT);
	if (path[0] == '\0')
		return (int)__zrt_ret(-ENOENT);
	return (int)__zrt_ret(exec_at(path, argv, envp, 0));
}
