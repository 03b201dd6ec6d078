/*
 * __zrt_exec_start.c - the start of a program exec started: what it takes
 * from the block its predecessor left it (internal/exec.h).
 */
#include <errno.h>
#include <fcntl.h>
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
#include "internal/pipe.h"
#include "internal/proc.h"
#include "internal/shm.h"
#include "internal/start.h"

extern char **environ;

static const struct __zrt_exec_block *blk;

/* The NUL-terminated string at offset off, or NULL. */
static const char *string_at(uint32_t off)
{
	const char *b = (const char *)blk;

	if (off < sizeof(*blk) || off >= blk->size ||
	    memchr(b + off, '\0', blk->size - off) == NULL)
		return NULL;
	return b + off;
}

int __zrt_exec_args(const void *block, uint64_t size)
{
	const struct __zrt_exec_block *h = block;
	char **v;
	uint64_t off;
	uint32_t i, n;

	if (size < sizeof(*h) || size > ZVM_EXEC_BLOCK_MAX || h->magic != ZRT_EXEC_MAGIC ||
	    h->size != size || h->argc + (uint64_t)h->envc > size)
		return -1;
	if (h->nfd > 0 && (h->fds % 8 != 0 || h->fds < sizeof(*h) ||
			   (uint64_t)h->nfd * sizeof(struct __zrt_exec_fd) > size - h->fds))
		return -1;
	blk = h;
	if (h->nvram < sizeof(*h) || h->nvram_len > size - h->nvram)
		return -1;
	__zrt_nvram_load_text((const char *)h + h->nvram, h->nvram_len);
	n = h->argc + h->envc;
	v = malloc((n + 2) * sizeof(*v));
	if (v == NULL)
		return -1;
	off = h->strings;
	for (i = 0; i < n; i++) {
		v[i + (i >= h->argc)] = (char *)string_at((uint32_t)off);
		if (v[i + (i >= h->argc)] == NULL)
			return -1;
		off += strlen(v[i + (i >= h->argc)]) + 1;
	}
	v[h->argc] = NULL;
	v[n + 1] = NULL;
	__zrt_argc = (int)h->argc;
	__zrt_argv = v;
	environ = v + h->argc + 1;
	__zrt_self = h->pid;
	__zrt_parent = h->ppid;
	return 0;
}

/* The records of every descriptor of description desc are cloexec. */
static int all_closed(const struct __zrt_exec_fd *r, uint32_t n, int32_t desc)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if (r[i].desc == desc && !r[i].cloexec)
			return 0;
	return 1;
}

/* The description of record r: its path opened again, or an end of its
 * shared pipe.  NULL when neither can be had. */
static struct __zrt_file *reopen(const struct __zrt_exec_fd *r)
{
	struct __zrt_file *f;
	const char *path;
	int fd;

	if (r->pipe != 0) {
		if (!__zrt_shm_has((const void *)(uintptr_t)r->pipe))
			return NULL;
		f = __zrt_file_new(r->flags & ~O_CLOEXEC);
		if (f == NULL)
			return NULL;
		f->type = S_IFIFO;
		f->pipe = (struct __zrt_pipe *)(uintptr_t)r->pipe;
		return f;
	}
	path = string_at(r->path);
	if (path == NULL)
		return NULL;
	fd = open(path, r->flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC));
	if (fd < 0)
		return NULL;
	f = __zrt_fds[fd].file;
	__zrt_fds[fd].file = NULL;
	if (__zrt_file_seekable(f))
		f->pos = r->pos;
	return f;
}

void __zrt_exec_restore(void)
{
	const struct __zrt_exec_fd *r;
	struct __zrt_file **made;
	const char *cwd;
	int64_t now;
	uint32_t i, n;
	int fd;

	if (blk == NULL)
		return;
	now = __zrt_clock_us();
	if (blk->clock_us > now)
		__zrt_clock_advance(blk->clock_us - now);
	cwd = string_at(blk->cwd);
	if (cwd == NULL || chdir(cwd) != 0)
		(void)chdir("/");
	umask((mode_t)(blk->umask & 0777));
	/* The standard descriptors the file system started with give way
	 * to the ones the block names. */
	__zrt_vfs_init();
	if (__zrt_stdin_file != NULL) {
		__zrt_file_drop(__zrt_stdin_file);
		__zrt_stdin_file = NULL;
	}
	for (fd = 0; fd < ZRT_OPEN_MAX; fd++)
		if (__zrt_fds[fd].file != NULL)
			__zrt_fd_close(fd);
	n = blk->nfd;
	r = (const struct __zrt_exec_fd *)((const char *)blk + blk->fds);
	made = calloc(n > 0 ? n : 1, sizeof(*made));
	if (made == NULL)
		return;
	for (i = 0; i < n; i++) {
		int acc = r[i].flags & O_ACCMODE;

		if (r[i].fd < 0 || r[i].fd >= ZRT_OPEN_MAX || r[i].desc < 0 ||
		    (uint32_t)r[i].desc >= n || __zrt_fds[r[i].fd].file != NULL)
			continue;
		if (all_closed(r, n, r[i].desc)) {
			/* The pipe end went with the exec: once per
			 * description, at its first record. */
			if (r[i].pipe != 0 && made[r[i].desc] == NULL &&
			    __zrt_shm_has((const void *)(uintptr_t)r[i].pipe)) {
				__zrt_pipe_close((struct __zrt_pipe *)(uintptr_t)r[i].pipe,
						 acc != O_WRONLY, acc != O_RDONLY);
				made[r[i].desc] = (struct __zrt_file *)1;
			}
			continue;
		}
		if (r[i].cloexec)
			continue;
		if (made[r[i].desc] == NULL) {
			made[r[i].desc] = reopen(&r[i]);
			if (made[r[i].desc] == NULL)
				continue;
		} else {
			made[r[i].desc]->refs++;
		}
		__zrt_fds[r[i].fd].file = made[r[i].desc];
		__zrt_fds[r[i].fd].cloexec = 0;
	}
	/* Standard input read at offsets goes on being reported. */
	if (__zrt_fds[0].file != NULL && __zrt_fds[0].file->path != NULL &&
	    strcmp(__zrt_fds[0].file->path, "/dev/stdin") == 0) {
		__zrt_stdin_file = __zrt_fds[0].file;
		__zrt_stdin_file->refs++;
	}
	free(made);
}
