/*
 * options.c - zvsh's command line: --zvm-* options, then PROG, then the
 * program's arguments, passed on untouched even when they look like
 * options.
 *
 * Options are matched whole (no abbreviations), as "--zvm-NAME VALUE" or
 * "--zvm-NAME=VALUE".  Every value is checked here, so that a mistake is
 * reported against the option that made it, before anything is created.
 */
#define _GNU_SOURCE
#include "options.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "die.h"
#include "util.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: zvsh [OPTION...] PROG.nexe [ARG...]\n"
		"Run a ZeroVM program under zerovm as if it were an ordinary command:\n"
		"stdin, stdout and stderr pass through, ARGs become its arguments, and\n"
		"zvsh exits with its exit code.\n\n"
		"  --zvm-in ALIAS=FILE       map host FILE to read as /dev/ALIAS\n"
		"  --zvm-out ALIAS=FILE      map host FILE to write as /dev/ALIAS\n"
		"                            (replaced only when the session ends ok)\n"
		"  --zvm-image IMG[,MOUNTPOINT[,ro|wo]]\n"
		"                            mount tar image IMG (default /, ro); wo saves\n"
		"                            MOUNTPOINT into IMG when the session ends ok\n"
		"  --zvm-dir DIR[,MOUNTPOINT[,ro|rw|sync]]\n"
		"                            pack host DIR into an image and mount it;\n"
		"                            rw replaces DIR with the saved tree, sync\n"
		"                            applies the program's changes to DIR in place\n"
		"  --zvm-env NAME=VALUE      set an environment variable (repeatable)\n"
		"  --zvm-cwd DIR             the program starts in DIR, a directory of its\n"
		"                            own tree (default /)\n"
		"  --zvm-time SECONDS        the program's clock starts at SECONDS (epoch)\n"
		"  --zvm-timeout SECONDS     wall-clock limit (default %d)\n"
		"  --zvm-memory BYTES[K|M|G] memory limit (default %lldM)\n"
		"  --zvm-report              print zerovm's report on stderr afterwards\n"
		"  --zvm-status FILE         write how the session ended to FILE\n"
		"  --zvm-keep DIR            write the manifest and nvram into DIR and keep\n"
		"                            them, so that `zerovm DIR/manifest` repeats the run\n"
		"  --zvm-help                this text\n"
		"  --zvm-version             zvsh's version\n\n"
		"Options come before PROG; everything after PROG is the program's.\n"
		"See zvsh(1) for the exit statuses.\n",
		ZVSH_DEFAULT_TIMEOUT, ZVSH_DEFAULT_MEMORY >> 20);
}

static void __attribute__((noreturn, format(printf, 1, 2))) bad(const char *fmt, ...);

static void bad(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	die(ZVSH_EXIT_ERROR, "%s (see zvsh --zvm-help)", buf);
}

/* A whole decimal number in [min, max]. */
static int64_t number(const char *opt, const char *arg, int64_t min, int64_t max)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(arg, &end, 10);
	if (arg[0] < '0' || arg[0] > '9' || *end != '\0' || errno != 0 || v < min || v > max)
		bad("%s: expected a whole number %" PRId64 "..%" PRId64 ", got '%s'", opt, min, max,
		    arg);
	return v;
}

/* BYTES with an optional K, M or G (powers of 1024). */
static int64_t memory_size(const char *opt, const char *arg)
{
	unsigned long long v;
	char *end;
	int shift = 0;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (arg[0] < '0' || arg[0] > '9' || errno != 0)
		goto fail;
	switch (*end) {
	case '\0':
		break;
	case 'k':
	case 'K':
		shift = 10;
		break;
	case 'm':
	case 'M':
		shift = 20;
		break;
	case 'g':
	case 'G':
		shift = 30;
		break;
	default:
		goto fail;
	}
	if (shift != 0 && end[1] != '\0')
		goto fail;
	if (v > (unsigned long long)ZVSH_MAX_MEMORY >> shift)
		goto fail;
	v <<= shift;
	if (v < (unsigned long long)ZVSH_MIN_MEMORY || v > (unsigned long long)ZVSH_MAX_MEMORY)
		goto fail;
	return (int64_t)v;
fail:
	bad("%s: expected %lld..%lld bytes (a K, M or G suffix multiplies by 1024, 1024^2, "
	    "1024^3), got '%s'",
	    opt, ZVSH_MIN_MEMORY, ZVSH_MAX_MEMORY, arg);
}

static char *absolute(struct job *j, const char *opt, const char *path)
{
	if (path[0] == '\0')
		bad("%s: empty file name", opt);
	if (path[0] != '/' && j->cwd == NULL)
		bad("%s: %s: a relative name, but the working directory is unknown", opt, path);
	if (strlen(path) >= PATH_MAX)
		bad("%s: file name longer than %d bytes", opt, PATH_MAX - 1);
	return path_absolute(j->cwd ? j->cwd : "/", path);
}

/* A path in the program's tree (what: "mount point", "directory"):
 * absolute; "." parts and repeated slashes dropped; no ".." part (it
 * could only mean something the writer did not intend). */
static char *tree_path(const char *opt, const char *what, const char *mp)
{
	size_t len = strlen(mp), i = 0, o = 0;
	char *out;

	if (mp[0] != '/')
		bad("%s: the %s must be an absolute path, got '%s'", opt, what, mp);
	if (len > ZVSH_MAX_URI)
		bad("%s: %s longer than %d bytes", opt, what, ZVSH_MAX_URI);
	out = xmalloc(len + 2);
	while (i < len) {
		size_t n;

		while (mp[i] == '/')
			i++;
		for (n = 0; i + n < len && mp[i + n] != '/'; n++)
			;
		if (n == 0 || (n == 1 && mp[i] == '.')) {
			i += n;
			continue;
		}
		if (n == 2 && mp[i] == '.' && mp[i + 1] == '.')
			bad("%s: the %s '%s' has a '..' part", opt, what, mp);
		out[o++] = '/';
		memcpy(out + o, mp + i, n);
		o += n;
		i += n;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return out;
}

/* Split "A,B,C" into at most three fields; fields past the first may be
 * absent (NULL).  A fourth field is an error. */
static void fields3(const char *opt, const char *arg, char **a, char **b, char **c)
{
	const char *c1 = strchr(arg, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;

	*b = *c = NULL;
	if (c2 != NULL && strchr(c2 + 1, ',') != NULL)
		bad("%s: expected at most three comma-separated fields, got '%s'", opt, arg);
	*a = c1 ? xstrndup(arg, (size_t)(c1 - arg)) : xstrdup(arg);
	if (c1)
		*b = c2 ? xstrndup(c1 + 1, (size_t)(c2 - c1 - 1)) : xstrdup(c1 + 1);
	if (c2)
		*c = xstrdup(c2 + 1);
}

static size_t add_chan(struct job *j, const char *opt, char *alias, char *host, int out, int image)
{
	struct chan *c =
	    xappend(&j->chan, &j->nchan, sizeof *c, ZVSH_MAX_USER_CHANNELS, "channels and images");

	c->opt = xstrdup(opt);
	c->alias = alias;
	c->host = host;
	c->out = out;
	c->image = image;
	c->dir = j->ndir - 1; /* meaningful for --zvm-dir's channels only */
	return j->nchan - 1;
}

static char *image_alias(struct job *j)
{
	return xasprintf("/dev/image%u", j->nimages++);
}

static void add_mount(struct job *j, size_t chan, char *mp, int wo)
{
	struct mount *m =
	    xappend(&j->mount, &j->nmount, sizeof *m, ZVSH_MAX_USER_CHANNELS, "mounts");

	m->chan = chan;
	m->mountpoint = mp;
	m->wo = wo;
}

static void opt_image(struct job *j, const char *opt, const char *arg)
{
	char *img, *mp, *mode, *where;
	size_t c;
	int wo = 0;

	fields3(opt, arg, &img, &mp, &mode);
	if (mode != NULL && strcmp(mode, "wo") == 0)
		wo = 1;
	else if (mode != NULL && strcmp(mode, "ro") != 0)
		bad("%s %s: access must be ro or wo, got '%s'", opt, arg, mode);
	where = xasprintf("%s %s", opt, arg);
	c = add_chan(j, where, image_alias(j), absolute(j, where, img), wo, 1);
	add_mount(j, c, tree_path(where, "mount point", mp && *mp ? mp : "/"), wo);
	free(where);
	free(img);
	free(mp);
	free(mode);
}

static void opt_dir(struct job *j, const char *opt, const char *arg)
{
	char *dir, *mp, *mode, *where, *abs;
	struct hostdir *d;
	struct stat st;
	size_t i;
	int rw = 0, sync = 0;

	fields3(opt, arg, &dir, &mp, &mode);
	if (mode != NULL && strcmp(mode, "rw") == 0)
		rw = 1;
	else if (mode != NULL && strcmp(mode, "sync") == 0)
		rw = sync = 1;
	else if (mode != NULL && strcmp(mode, "ro") != 0)
		bad("%s %s: access must be ro, rw or sync, got '%s'", opt, arg, mode);
	where = xasprintf("%s %s", opt, arg);
	abs = absolute(j, where, dir);
	if (stat(abs, &st) < 0)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s", where, dir);
	if (!S_ISDIR(st.st_mode))
		die(ZVSH_EXIT_ERROR, "%s: %s is not a directory", where, dir);
	d = xappend(&j->dir, &j->ndir, sizeof *d, ZVSH_MAX_USER_CHANNELS, "directories");
	d->opt = where;
	d->path = realpath(abs, NULL);
	if (d->path == NULL)
		die_errno(ZVSH_EXIT_ERROR, "%s: %s", where, dir);
	d->mountpoint = tree_path(where, "mount point", mp && *mp ? mp : "/");
	d->rw = rw;
	d->sync = sync;
	if (rw && strcmp(d->path, "/") == 0)
		die(ZVSH_EXIT_ERROR, "%s: cannot write back into /", where);
	if (rw) {
		/* The saved tree is unpacked beside DIR and renamed over it:
		 * find out now, not after the program has run. */
		char *parent = path_dir(d->path);

		if (access(parent, W_OK | X_OK) < 0)
			die_errno(ZVSH_EXIT_ERROR, "%s: cannot write back: %s (beside %s)", where,
				  parent, d->path);
		free(parent);
	}
	for (i = 0; rw && i + 1 < j->ndir; i++)
		if (j->dir[i].rw && strcmp(j->dir[i].path, d->path) == 0)
			die(ZVSH_EXIT_ERROR, "%s: %s is already written back by %s", where, d->path,
			    j->dir[i].opt);
	/* The channels' host files are in the work directory, named later. */
	add_mount(j, add_chan(j, where, image_alias(j), NULL, 0, 1), xstrdup(d->mountpoint), 0);
	if (rw)
		add_mount(j, add_chan(j, where, image_alias(j), NULL, 1, 1), xstrdup(d->mountpoint),
			  1);
	free(abs);
	free(dir);
	free(mp);
	free(mode);
}

/* ALIAS (or /dev/ALIAS): printable ASCII parts without white space or
 * the manifest's separators, no empty, "." or ".." part. */
static char *user_alias(const char *opt, const char *arg, const char *name, size_t len)
{
	static const char *const reserved[] = {"stdin", "stdout", "stderr", "nvram"};
	size_t i, part = 0;
	char *alias;

	if (len > 5 && strncmp(name, "/dev/", 5) == 0)
		name += 5, len -= 5;
	if (len == 0 || len > ZVSH_MAX_ALIAS - 5)
		bad("%s %s: the alias must have 1..%d bytes", opt, arg, ZVSH_MAX_ALIAS - 5);
	for (i = 0; i <= len; i++) {
		unsigned char c = i < len ? (unsigned char)name[i] : '/';

		if (c == '/') {
			if (part == 0 || (part == 1 && name[i - 1] == '.') ||
			    (part == 2 && name[i - 1] == '.' && name[i - 2] == '.'))
				bad("%s %s: the alias has an empty, '.' or '..' part", opt, arg);
			part = 0;
			continue;
		}
		if (c <= ' ' || c >= 0x7f || c == ',' || c == ';' || c == '=')
			bad("%s %s: the alias may hold printable ASCII but white space, ',', ';' "
			    "and '='",
			    opt, arg);
		part++;
	}
	for (i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
		if (strlen(reserved[i]) == len && memcmp(name, reserved[i], len) == 0)
			bad("%s %s: /dev/%s is zvsh's own channel%s", opt, arg, reserved[i],
			    i < 3 ? "; redirect it in the shell instead" : "");
	alias = xmalloc(len + 6);
	memcpy(alias, "/dev/", 5);
	memcpy(alias + 5, name, len);
	alias[len + 5] = '\0';
	return alias;
}

static void opt_channel(struct job *j, const char *opt, const char *arg, int out)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq[1] == '\0')
		bad("%s: expected ALIAS=FILE, got '%s'", opt, arg);
	add_chan(j, opt, user_alias(opt, arg, arg, (size_t)(eq - arg)), absolute(j, opt, eq + 1),
		 out, 0);
}

static void opt_in(struct job *j, const char *opt, const char *arg)
{
	opt_channel(j, opt, arg, 0);
}

static void opt_out(struct job *j, const char *opt, const char *arg)
{
	opt_channel(j, opt, arg, 1);
}

static void opt_env(struct job *j, const char *opt, const char *arg)
{
	const char *eq = strchr(arg, '=');
	struct env *e;
	size_t i;

	if (eq == NULL || eq == arg)
		bad("%s: expected NAME=VALUE, got '%s'", opt, arg);
	/* A name given again takes the later value, as env(1) does. */
	for (i = 0; i < j->nenv; i++)
		if (strlen(j->env[i].name) == (size_t)(eq - arg) &&
		    memcmp(j->env[i].name, arg, (size_t)(eq - arg)) == 0) {
			free(j->env[i].value);
			j->env[i].value = xstrdup(eq + 1);
			return;
		}
	e = xappend(&j->env, &j->nenv, sizeof *e, ZVSH_MAX_NVRAM_RECORDS,
		    "environment variables (--zvm-env)");
	e->name = xstrndup(arg, (size_t)(eq - arg));
	e->value = xstrdup(eq + 1);
}

static void opt_time(struct job *j, const char *opt, const char *arg)
{
	j->time = number(opt, arg, 0, ZVSH_MAX_TIME);
	j->have_time = 1;
}

/* The program's working directory: a path in its own tree, checked like
 * a mount point (whether it exists is known only inside). */
static void opt_cwd(struct job *j, const char *opt, const char *arg)
{
	free(j->progcwd);
	j->progcwd = tree_path(opt, "directory", arg);
}

static void opt_timeout(struct job *j, const char *opt, const char *arg)
{
	j->timeout = number(opt, arg, 1, ZVSH_MAX_TIMEOUT);
}

static void opt_memory(struct job *j, const char *opt, const char *arg)
{
	j->memory = memory_size(opt, arg);
}

static void opt_report(struct job *j, const char *opt, const char *arg)
{
	j->report = 1;
}

static void opt_keep(struct job *j, const char *opt, const char *arg)
{
	if (arg[0] == '\0')
		bad("%s: empty directory name", opt);
	j->keep = arg;
}

static void opt_status(struct job *j, const char *opt, const char *arg)
{
	if (arg[0] == '\0')
		bad("%s: empty file name", opt);
	j->status = arg;
}

static void opt_help(struct job *j, const char *opt, const char *arg)
{
	usage(stdout);
	exit(fflush(stdout) == 0 ? 0 : ZVSH_EXIT_ERROR);
}

static void opt_version(struct job *j, const char *opt, const char *arg)
{
	printf("zvsh %s (ZeroVM)\n", PACKAGE_VERSION);
	exit(fflush(stdout) == 0 ? 0 : ZVSH_EXIT_ERROR);
}

/* clang-format off */
static const struct option_def {
	const char *name;
	int has_value;
	void (*set)(struct job *, const char *opt, const char *arg);
} options[] = {
	{"--zvm-in", 1, opt_in},
	{"--zvm-out", 1, opt_out},
	{"--zvm-image", 1, opt_image},
	{"--zvm-dir", 1, opt_dir},
	{"--zvm-env", 1, opt_env},
	{"--zvm-cwd", 1, opt_cwd},
	{"--zvm-time", 1, opt_time},
	{"--zvm-timeout", 1, opt_timeout},
	{"--zvm-memory", 1, opt_memory},
	{"--zvm-report", 0, opt_report},
	{"--zvm-status", 1, opt_status},
	{"--zvm-keep", 1, opt_keep},
	{"--zvm-help", 0, opt_help},
	{"--zvm-version", 0, opt_version},
};
/* clang-format on */

/* No two channels may share an alias, and no host file may be written
 * by two channels (the second rename would silently win). */
static void check_channels(struct job *j)
{
	size_t a, b;

	for (a = 0; a < j->nchan; a++)
		for (b = 0; b < a; b++) {
			if (strcmp(j->chan[a].alias, j->chan[b].alias) == 0)
				bad("%s: alias %s is already used by %s", j->chan[a].opt,
				    j->chan[a].alias, j->chan[b].opt);
			if (j->chan[a].out && j->chan[b].out && j->chan[a].host != NULL &&
			    j->chan[b].host != NULL &&
			    strcmp(j->chan[a].host, j->chan[b].host) == 0)
				bad("%s: %s is already written by %s", j->chan[a].opt,
				    j->chan[a].host, j->chan[b].opt);
		}
}

void options_parse(struct job *j, int argc, char **argv)
{
	int i;

	j->memory = ZVSH_DEFAULT_MEMORY;
	j->timeout = ZVSH_DEFAULT_TIMEOUT;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *eq, *value = NULL;
		char name[32];
		size_t n, k;

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strncmp(a, "--zvm-", 6) != 0) {
			if (a[0] == '-')
				bad("unknown option '%s' (zvsh's own options start with --zvm-; "
				    "write -- before a PROG that starts with '-')",
				    a);
			break;
		}
		eq = strchr(a, '=');
		n = eq ? (size_t)(eq - a) : strlen(a);
		for (k = 0; k < sizeof options / sizeof options[0]; k++)
			if (strlen(options[k].name) == n && memcmp(options[k].name, a, n) == 0)
				break;
		if (k == sizeof options / sizeof options[0])
			bad("unknown option '%.*s'", (int)(n < 64 ? n : 64), a);
		snprintf(name, sizeof name, "%s", options[k].name);
		if (options[k].has_value) {
			if (eq != NULL)
				value = eq + 1;
			else if (i + 1 < argc)
				value = argv[++i];
			else
				bad("%s needs a value", name);
		} else if (eq != NULL) {
			bad("%s takes no value", name);
		}
		options[k].set(j, name, value);
	}
	if (i >= argc)
		bad("no program given");
	if (argv[i][0] == '\0')
		bad("the program's name is empty");
	j->prog = argv[i];
	j->args = argv + i + 1;
	j->nargs = argc - i - 1;
	check_channels(j);
}
