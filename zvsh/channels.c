/*
 * channels.c - decide how each host file becomes a channel: its type
 * (regular files get random access, pipes and devices sequential), the
 * [mapping] mode the program sees, and the path the manifest names.
 *
 * A manifest value cannot hold ',' ';' or '=' (zerovm-manifest(5)).  Such
 * a path is named through a symbolic link in the work directory instead,
 * which zerovm follows: the program still reads and writes the real file,
 * and an output is still renamed into place beside its real name.
 */
#define _GNU_SOURCE
#include "stream.h"
#include "channels.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

int channels_expressible(const char *path)
{
	size_t len = strlen(path);

	if (path[0] != '/' || len > ZVSH_MAX_URI)
		return 0;
	if (strpbrk(path, ",;=\n\r") != NULL)
		return 0;
	/* zerovm trims white space (space, \t, \r, \v, \f) around values. */
	return strchr(" \t\v\f", path[len - 1]) == NULL;
}

static const char *mode_of(mode_t m)
{
	if (S_ISCHR(m))
		return "char";
	if (S_ISFIFO(m) || S_ISSOCK(m))
		return "pipe";
	return "file";
}

/* Standard output and error keep their type: a program may fstat them
 * but never needs their size.  Standard input's may still change
 * (stdin_look()). */
void channels_std(struct job *j)
{
	int fd;

	for (fd = 0; fd < 3; fd++) {
		if (fstat(fd, &j->stdst[fd]) < 0)
			memset(&j->stdst[fd], 0, sizeof j->stdst[fd]);
		j->stdmode[fd] = j->stdst[fd].st_mode != 0 ? mode_of(j->stdst[fd].st_mode) : "char";
	}
}

/* A name for path that the manifest can hold: path itself, or a link to
 * it (or, for an output not created yet, to its directory) in the work
 * directory. */
static char *uri_for(struct job *j, const char *what, const char *path, int exists)
{
	static unsigned links;
	char *link, *dir = NULL, *base = NULL, *uri;

	if (channels_expressible(path))
		return xstrdup(path);
	if (!exists) {
		/* The link can only lead to the directory; the new file's own
		 * name still goes into the manifest. */
		dir = path_dir(path);
		base = path_base(path);
		uri = xasprintf("/%s", base);
		if (!channels_expressible(uri))
			die(ZVSH_EXIT_ERROR,
			    "%s: a manifest cannot name the new file %s (',', ';', '=', line "
			    "breaks and white space at its end cannot be written); create it "
			    "first",
			    what, path);
		free(uri);
	}
	link = xasprintf("%s/link%u", j->workdir, links++);
	if (unlink(link) < 0 && errno != ENOENT)
		die_errno(ZVSH_EXIT_ERROR, "%s", link);
	if (symlink(exists ? path : dir, link) < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: cannot make the link %s", what, link);
	uri = exists ? xstrdup(link) : xasprintf("%s/%s", link, base);
	if (!channels_expressible(uri))
		die(ZVSH_EXIT_ERROR, "%s: the work directory %s cannot be named in a manifest",
		    what, j->workdir);
	free(link);
	free(dir);
	free(base);
	return uri;
}

void channels_program(struct job *j)
{
	struct stat st;
	char *abs;
	int fd;

	/* Checked here, so that a missing program gets the shell's 127 and
	 * message rather than a manifest error. */
	fd = open(j->prog, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
			die_errno(ZVSH_EXIT_MISSING, "%s", j->prog);
		die_errno(ZVSH_EXIT_REFUSED, "%s", j->prog);
	}
	if (fstat(fd, &st) < 0)
		die_errno(ZVSH_EXIT_REFUSED, "%s", j->prog);
	close(fd);
	if (S_ISDIR(st.st_mode))
		die(ZVSH_EXIT_REFUSED, "%s: is a directory", j->prog);
	if (!S_ISREG(st.st_mode))
		die(ZVSH_EXIT_REFUSED, "%s: not a regular file", j->prog);
	if (j->prog[0] != '/' && j->cwd == NULL)
		die(ZVSH_EXIT_ERROR, "%s: a relative name, but the working directory is unknown",
		    j->prog);
	abs = path_absolute(j->cwd ? j->cwd : "/", j->prog);
	j->program = abs;
}

static void resolve_one(struct job *j, struct chan *c)
{
	struct stat st;
	int fd = stream_own(c->host), exists = 1;

	if (fd >= 0) {
		if (fstat(fd, &st) < 0)
			die_errno(ZVSH_EXIT_ERROR, "%s: %s", c->opt, c->host);
	} else if (stat(c->host, &st) < 0) {
		if (errno != ENOENT || !c->out)
			die_errno(ZVSH_EXIT_ERROR, "%s: %s", c->opt, c->host);
		exists = 0;
		st.st_mode = S_IFREG;
	}
	if (S_ISDIR(st.st_mode))
		die(ZVSH_EXIT_ERROR, "%s: %s is a directory", c->opt, c->host);
	/* A regular file named by its path is read and written at the
	 * offsets the program gives; an image is saved in one stream.  Pipes
	 * and devices are sequential, and so are zerovm's own descriptors,
	 * so that the file position the shell set up is the one used. */
	if (fd >= 0 || !S_ISREG(st.st_mode))
		c->type = 0;
	else if (!c->out)
		c->type = 3;
	else
		c->type = c->image ? 0 : 2;
	c->mode = c->image ? NULL : mode_of(st.st_mode);
	c->uri = uri_for(j, c->opt, c->host, exists);
}

void channels_resolve(struct job *j)
{
	char *absolute = j->program;
	size_t i;

	j->program = uri_for(j, j->prog, absolute, 1);
	free(absolute);
	for (i = 0; i < j->nchan; i++)
		resolve_one(j, &j->chan[i]);
}
