/*
 * locale.c - the part of POSIX locale(1) that the ports' upstream test
 * suites use to ask which locales exist, answered by newlib inside the
 * sandbox.  The suites' scripts run on the host, whose own locale(1)
 * knows the host's C library, not the one the programs under test have.
 *
 *   locale                 the locale of each category, as the
 *                          environment (LC_ALL, LC_*, LANG) selects it
 *   locale -a              the locales setlocale() accepts, of CANDIDATES
 *   locale [-ck] NAME...   the values of the keywords named, or of every
 *                          keyword of the categories named (LC_CTYPE,
 *                          LC_NUMERIC), in the environment's locale
 *
 * newlib cannot list its locales: it accepts any language_TERRITORY with
 * a charset it knows, so -a lists those of a fixed list of names that
 * setlocale() accepts, checked now.  Keywords answered: charmap and
 * ctype-mb-cur-max (LC_CTYPE), decimal_point, thousands_sep and grouping
 * (LC_NUMERIC); charmap is newlib's name for the charset
 * (nl_langinfo(CODESET): "ASCII", "UTF-8", "EUCJP", "ISO-8859-1", ...).
 *
 * A locale the environment names that newlib does not have is warned
 * about on stderr, category by category, and the C locale's answers are
 * given with status 0, as glibc's locale(1) does; an unknown NAME is an
 * error (status 1), an unknown option a usage error (status 64).
 */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The names -a tries, in strcmp() order (the order it prints): the locales
 * the ports' suites ask for and the common ones of a glibc system.  A bare
 * language_TERRITORY is newlib's ISO-8859-1 (as glibc's is for these
 * Western European ones); zh_CN.GB18030 is one newlib lacks. */
static const char *const candidates[] = {
	"C",
	"C.UTF-8",
	"POSIX",
	"cs_CZ.ISO-8859-2",
	"cs_CZ.UTF-8",
	"de_DE",
	"de_DE.ISO-8859-1",
	"de_DE.ISO-8859-15",
	"de_DE.UTF-8",
	"el_GR.ISO-8859-7",
	"el_GR.UTF-8",
	"en_GB",
	"en_GB.ISO-8859-1",
	"en_GB.UTF-8",
	"en_US",
	"en_US.ISO-8859-1",
	"en_US.UTF-8",
	"es_ES",
	"es_ES.ISO-8859-1",
	"es_ES.UTF-8",
	"fr_CA",
	"fr_CA.ISO-8859-1",
	"fr_CA.UTF-8",
	"fr_FR",
	"fr_FR.ISO-8859-1",
	"fr_FR.ISO-8859-15",
	"fr_FR.UTF-8",
	"it_IT",
	"it_IT.ISO-8859-1",
	"it_IT.UTF-8",
	"ja_JP.SJIS",
	"ja_JP.UTF-8",
	"ja_JP.eucJP",
	"ko_KR.UTF-8",
	"ko_KR.eucKR",
	"pl_PL.ISO-8859-2",
	"pl_PL.UTF-8",
	"pt_BR",
	"pt_BR.ISO-8859-1",
	"pt_BR.UTF-8",
	"ru_RU.ISO-8859-5",
	"ru_RU.KOI8-R",
	"ru_RU.UTF-8",
	"sv_SE",
	"sv_SE.ISO-8859-1",
	"sv_SE.UTF-8",
	"tr_TR.ISO-8859-9",
	"tr_TR.UTF-8",
	"zh_CN.GB18030",
	"zh_CN.UTF-8",
};

enum kind { STRING, NUMBER };

struct keyword {
	const char *name;
	const char *category;
	enum kind kind;
};

/* The keywords answered, by category, in the order a category prints them. */
static const struct keyword keywords[] = {
	{ "ctype-mb-cur-max", "LC_CTYPE", NUMBER },
	{ "charmap", "LC_CTYPE", STRING },
	{ "decimal_point", "LC_NUMERIC", STRING },
	{ "thousands_sep", "LC_NUMERIC", STRING },
	{ "grouping", "LC_NUMERIC", NUMBER },
};

/* newlib's categories, in the order `locale` alone prints them. */
static const struct {
	const char *name;
	int category;
} categories[] = {
	{ "LC_CTYPE", LC_CTYPE },	{ "LC_NUMERIC", LC_NUMERIC },
	{ "LC_TIME", LC_TIME },		{ "LC_COLLATE", LC_COLLATE },
	{ "LC_MONETARY", LC_MONETARY }, { "LC_MESSAGES", LC_MESSAGES },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void usage(void)
{
	fputs("usage: locale [-a]\n"
	      "       locale [-ck] NAME...   (LC_CTYPE, LC_NUMERIC or one of their keywords)\n",
	      stderr);
	exit(64);
}

/* A variable of the environment, NULL when unset or empty (as setlocale()
 * takes an empty one). */
static const char *env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

/* The environment's locale, category by category; those newlib does not
 * have stay "C", each with a warning. */
static void set_default_locale(void)
{
	size_t i;
	int failed = 0;

	if (setlocale(LC_ALL, "") != NULL)
		return;
	for (i = 0; i < COUNT(categories); i++) {
		if (setlocale(categories[i].category, "") == NULL) {
			fprintf(stderr, "locale: Cannot set %s to default locale: no such locale\n",
				categories[i].name);
			failed = 1;
		}
	}
	if (failed)
		fputs("locale: Cannot set LC_ALL to default locale: no such locale\n", stderr);
}

static void list_locales(void)
{
	size_t i;

	for (i = 0; i < COUNT(candidates); i++) {
		if (setlocale(LC_ALL, candidates[i]) != NULL)
			puts(candidates[i]);
	}
	setlocale(LC_ALL, "C");
}

/* `locale` alone: what each category's locale is, quoted when it comes
 * from LC_ALL or LANG rather than from the category's own variable. */
static void show_settings(void)
{
	const char *all = env("LC_ALL"), *lang = env("LANG"), *v;
	size_t i;

	printf("LANG=%s\n", lang ? lang : "");
	for (i = 0; i < COUNT(categories); i++) {
		if (all)
			printf("%s=\"%s\"\n", categories[i].name, all);
		else if ((v = env(categories[i].name)) != NULL)
			printf("%s=%s\n", categories[i].name, v);
		else
			printf("%s=\"%s\"\n", categories[i].name, lang ? lang : "POSIX");
	}
	printf("LC_ALL=%s\n", all ? all : "");
}

/* grouping as glibc's locale(1) writes it: the group sizes separated by
 * ";", the last repeated unless CHAR_MAX ends the list; -1 for none. */
static void print_grouping(const char *g)
{
	const char *p;

	if (*g == '\0' || *g == CHAR_MAX) {
		fputs("-1", stdout);
		return;
	}
	for (p = g; *p && *p != CHAR_MAX; p++)
		printf("%s%d", p == g ? "" : ";", *p);
	if (*p == '\0')
		printf(";%d", p[-1]);
}

static void show_keyword(const struct keyword *k, int with_name)
{
	struct lconv *lc = localeconv();

	if (with_name)
		printf("%s=%s", k->name, k->kind == STRING ? "\"" : "");
	if (strcmp(k->name, "charmap") == 0)
		fputs(nl_langinfo(CODESET), stdout);
	else if (strcmp(k->name, "ctype-mb-cur-max") == 0)
		printf("%d", (int)MB_CUR_MAX);
	else if (strcmp(k->name, "decimal_point") == 0)
		fputs(lc->decimal_point, stdout);
	else if (strcmp(k->name, "thousands_sep") == 0)
		fputs(lc->thousands_sep, stdout);
	else
		print_grouping(lc->grouping);
	if (with_name && k->kind == STRING)
		putchar('"');
	putchar('\n');
}

/* One NAME: a category (each of its keywords) or a keyword. */
static int show_name(const char *name, int cat_names, int kw_names)
{
	size_t i;
	int found = 0;

	for (i = 0; i < COUNT(keywords); i++) {
		if (strcmp(keywords[i].category, name) == 0) {
			if (!found && cat_names)
				puts(name);
			found = 1;
			show_keyword(&keywords[i], kw_names);
		}
	}
	if (found)
		return 0;
	for (i = 0; i < COUNT(keywords); i++) {
		if (strcmp(keywords[i].name, name) == 0) {
			if (cat_names)
				puts(keywords[i].category);
			show_keyword(&keywords[i], kw_names);
			return 0;
		}
	}
	fprintf(stderr, "locale: unknown name \"%s\"\n", name);
	return 1;
}

int main(int argc, char **argv)
{
	int all = 0, cat_names = 0, kw_names = 0, status = 0, c;

	/* Messages name the command, not the nexe's file (argv[0]). */
	opterr = 0;
	while ((c = getopt(argc, argv, "ack")) != -1) {
		switch (c) {
		case 'a':
			all = 1;
			break;
		case 'c':
			cat_names = 1;
			break;
		case 'k':
			kw_names = 1;
			break;
		default:
			fprintf(stderr, "locale: invalid option -- '%c'\n", optopt);
			usage();
		}
	}
	set_default_locale();
	if (all) {
		if (optind < argc || cat_names || kw_names)
			usage();
		list_locales();
	} else if (optind == argc) {
		if (cat_names || kw_names)
			usage();
		show_settings();
	} else {
		for (; optind < argc; optind++)
			status |= show_name(argv[optind], cat_names, kw_names);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("locale: standard output");
		return 1;
	}
	return status;
}
