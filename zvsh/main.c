/*
 * main.c - zvsh: run a ZeroVM program like an ordinary command.
 *
 * zvsh writes the manifest and the nvram a program needs into a private
 * work directory, runs zerovm on them with zvsh's own standard streams,
 * and exits with the program's return code, or with a status that says
 * how the sandbox ended it.  main() is the sequence: command line, the
 * program, standard input, zerovm, the work directory, packed
 * directories, channels, nvram, manifest, the run, the outcome, standard
 * input's offset, writing directories back, cleaning up.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "channels.h"
#include "die.h"
#include "job.h"
#include "manifest.h"
#include "nvram.h"
#include "options.h"
#include "outcome.h"
#include "pack.h"
#include "run.h"
#include "stdin.h"
#include "unpack.h"
#include "util.h"

const char msg_program[] = "zvsh";

static struct job job;

/* A closed standard stream would let the next open() take its number,
 * and zerovm would pass that file to the program as stdin or stdout. */
static void std_streams_open(void)
{
	int fd;

	for (fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
		    open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
			exit(ZVSH_EXIT_ERROR);
}

static char *in_workdir(const struct job *j, const char *name)
{
	return xasprintf("%s/%s", j->workdir, name);
}

/* The private work directory (mode 0700, removed at the end), or the
 * --zvm-keep directory (created if missing, kept). */
static void workdir_make(struct job *j)
{
	const char *tmp = getenv("TMPDIR");
	int created = 0;
	char *dir;
	size_t i;

	if (j->keep != NULL) {
		if (j->keep[0] != '/' && j->cwd == NULL)
			die(ZVSH_EXIT_ERROR, "--zvm-keep %s: the working directory is unknown",
			    j->keep);
		dir = path_absolute(j->cwd ? j->cwd : "/", j->keep);
		if (mkdir(dir, 0700) == 0)
			created = 1;
		else if (errno != EEXIST)
			die_errno(ZVSH_EXIT_ERROR, "--zvm-keep: %s", dir);
	} else {
		if (tmp == NULL || tmp[0] == '\0')
			tmp = "/tmp";
		dir = xasprintf("%s/zvsh.XXXXXX", tmp);
		if (mkdtemp(dir) == NULL)
			die_errno(ZVSH_EXIT_ERROR, "cannot make a work directory %s", dir);
		if (dir[0] != '/') {
			char *abs;

			/* Known now, so that cleaning up can remove it. */
			j->workdir = dir;
			if (j->cwd == NULL)
				die(ZVSH_EXIT_ERROR,
				    "TMPDIR=%s is relative and the working "
				    "directory is unknown",
				    tmp);
			abs = path_absolute(j->cwd, dir);
			free(dir);
			dir = abs;
		}
	}
	j->workdir = dir;
	for (i = 0; j->keep != NULL && i < j->ndir; i++) {
		char *real = realpath(dir, NULL);
		size_t n = strlen(j->dir[i].path);

		/* Writing DIR back replaces it, kept files and all. */
		if (j->dir[i].rw && real != NULL && strncmp(real, j->dir[i].path, n) == 0 &&
		    (real[n] == '/' || real[n] == '\0')) {
			free(real);
			if (created)
				(void)rmdir(dir);
			die(ZVSH_EXIT_ERROR, "--zvm-keep %s: inside %s, which %s replaces", j->keep,
			    j->dir[i].path, j->dir[i].opt);
		}
		free(real);
	}
	if (!channels_expressible(dir) || strlen(dir) > ZVSH_MAX_URI - 64)
		die(ZVSH_EXIT_ERROR,
		    "the work directory %s cannot be named in a manifest (',', ';', '=' or a long "
		    "name); %s",
		    dir, j->keep ? "choose another --zvm-keep" : "set TMPDIR elsewhere");
}

/* Name the image files of each --zvm-dir in the work directory and pack
 * the directories.  Outputs of an earlier kept run are removed first, so
 * that they cannot pass for this run's. */
static void hostdirs_pack(struct job *j)
{
	static const char *const std[3] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
	struct pack_find find[3];
	struct stat skip;
	size_t i;
	int fd, k;

	if (stat(j->workdir, &skip) < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s", j->workdir);
	/* Standard streams redirected to regular files are looked for in the
	 * trees: the program then sees such a file twice, as the stream and
	 * in an image, and [mapping] file= tells ZRT that they are one file
	 * (so that grep and cat can tell their output is one of their
	 * inputs). */
	memset(find, 0, sizeof find);
	for (fd = 0; fd < 3; fd++) {
		find[fd].want = S_ISREG(j->stdst[fd].st_mode);
		find[fd].dev = j->stdst[fd].st_dev;
		find[fd].ino = j->stdst[fd].st_ino;
	}
	for (i = 0; i < j->ndir; i++) {
		struct hostdir *d = &j->dir[i];
		char name[64];

		snprintf(name, sizeof name, "dir%zu.tar", i);
		d->packed = in_workdir(j, name);
		snprintf(name, sizeof name, "dir%zu.saved.tar", i);
		d->saved = in_workdir(j, name);
		if (unlink(d->saved) < 0 && errno != ENOENT)
			die_errno(ZVSH_EXIT_ERROR, "%s", d->saved);
		(void)unlink(d->packed);
		pack_dir(d->opt, d->path, d->packed, &skip, find, 3);
		for (fd = 0; fd < 3; fd++) {
			if (find[fd].path == NULL)
				continue;
			/* A later --zvm-dir mounted over an earlier one wins. */
			free(j->stdfile[fd]);
			j->stdfile[fd] = xasprintf("%s%s%s", d->mountpoint,
						   strcmp(d->mountpoint, "/") == 0 ? "" : "/",
						   find[fd].path);
			free(find[fd].path);
			find[fd].path = NULL;
		}
	}
	/* A stream that is the same file as an earlier one (2>&1 to a file,
	 * or `< f > f`) is that file too, or else that stream. */
	for (fd = 1; fd < 3; fd++)
		for (k = 0; k < fd && j->stdfile[fd] == NULL; k++)
			if (find[fd].want && find[k].want && find[fd].dev == find[k].dev &&
			    find[fd].ino == find[k].ino)
				j->stdfile[fd] = xstrdup(j->stdfile[k] != NULL ? j->stdfile[k] : std[k]);
	for (i = 0; i < j->nchan; i++)
		if (j->chan[i].host == NULL)
			j->chan[i].host = xstrdup(j->chan[i].out ? j->dir[j->chan[i].dir].saved
								 : j->dir[j->chan[i].dir].packed);
}

/* Everything zvsh made goes, unless kept; the status file says how it
 * ended.  Returns the exit status, which a failure here turns into 125. */
static int cleanup(struct outcome *o)
{
	if (job.workdir != NULL && job.keep == NULL && tree_remove(job.workdir) < 0)
		say("cannot remove the work directory %s: %s", job.workdir, strerror(errno));
	if (job.status != NULL && outcome_write(o, job.status) < 0 && o->class != OUTCOME_ERROR)
		outcome_of_status(o, ZVSH_EXIT_ERROR);
	return o->status;
}

/* A signal that zvsh was asked to end by ends it, after cleaning up, so
 * that the shell sees what it would see of any other command. */
static void __attribute__((noreturn)) finish(struct outcome *o)
{
	int sig = run_pending_signal(), status = cleanup(o);
	sigset_t set;

	if (sig != 0 && o->class == OUTCOME_INTERRUPTED) {
		signal(sig, SIG_DFL);
		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(sig);
	}
	exit(status);
}

static void on_die(int status)
{
	struct outcome o;

	outcome_of_status(&o, status);
	cleanup(&o);
}

/* Between stages: stop early if zvsh has been told to. */
static void check_signal(void)
{
	struct outcome o = {OUTCOME_INTERRUPTED, run_pending_signal(), 0};

	if (o.value == 0)
		return;
	o.status = ZVSH_EXIT_SIGNAL + (int)o.value;
	die_hook = NULL;
	finish(&o);
}

int main(int argc, char **argv)
{
	struct job *j = &job;
	struct run_result r;
	struct outcome o;
	/* Static: they live until exit, which finish() reaches from here. */
	static char *manifest, *nvram, *report;
	size_t i;

	std_streams_open();
	/* Host file names are taken as UTF-8, as the program will see them. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		(void)setlocale(LC_CTYPE, "");
	j->cwd = getcwd(NULL, 0);
	die_hook = on_die;
	options_parse(j, argc, argv);
	run_catch_signals();

	channels_program(j);
	channels_std(j);
	stdin_look(j);
	j->zerovm = run_find_zerovm();
	workdir_make(j);
	check_signal();
	hostdirs_pack(j);
	check_signal();
	stdin_prepare(j);
	channels_resolve(j);
	nvram = in_workdir(j, "nvram");
	nvram_write(j, nvram);
	manifest = in_workdir(j, "manifest");
	manifest_write(j, manifest, nvram);
	report = in_workdir(j, "report");
	if (unlink(report) < 0 && errno != ENOENT)
		die_errno(ZVSH_EXIT_ERROR, "%s", report);
	check_signal();

	run_zerovm(j->zerovm, manifest, report, &r);
	die_hook = NULL;
	outcome_of_run(&o, &r, report, j->report);

	if (o.class == OUTCOME_EXIT) {
		stdin_settle(j);
		for (i = 0; i < j->ndir; i++) {
			if (!j->dir[i].rw)
				continue;
			if (run_pending_signal() != 0)
				break;
			if ((j->dir[i].sync ? unpack_sync(j->dir[i].opt, j->dir[i].path,
							  j->dir[i].saved, j->dir[i].packed)
					    : unpack_replace(j->dir[i].opt, j->dir[i].path,
							     j->dir[i].saved)) < 0)
				outcome_of_status(&o, ZVSH_EXIT_ERROR);
		}
		if (run_pending_signal() != 0) {
			o.class = OUTCOME_INTERRUPTED;
			o.value = run_pending_signal();
			o.status = ZVSH_EXIT_SIGNAL + (int)o.value;
		}
	}
	finish(&o);
}
