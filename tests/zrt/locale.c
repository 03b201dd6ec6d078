/*
 * locale.c - the numeric conventions of locales: the C locale's (and
 * C.UTF-8's) have no thousands separator; en_US's group digits by three
 * with ",".  localeconv(), nl_langinfo() and printf's ' flag (narrow and
 * wide, integers and floating point) all follow LC_NUMERIC, which
 * setlocale(LC_ALL, "") takes from LANG.
 *
 * nvram:
 *   [env]
 *   name=LANG, value=en_US.UTF-8
 */
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "tap/basic.h"

static char buf[128];

/* snprintf into a static buffer, for comparing. */
static const char *__attribute__((format(printf, 1, 2))) fmt(const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	vsnprintf(buf, sizeof(buf), f, ap);
	va_end(ap);
	return buf;
}

/* The C locale's conventions, as localeconv() and printf see them. */
static void is_c_numeric(const char *what)
{
	struct lconv *l = localeconv();

	is_string(".", l->decimal_point, "%s: decimal_point \".\"", what);
	is_string("", l->thousands_sep, "%s: no thousands_sep", what);
	is_string("", l->grouping, "%s: no grouping", what);
	is_string("1234567", fmt("%'d", 1234567), "%s: %%'d prints no separator", what);
	is_string("1234567.50", fmt("%'.2f", 1234567.5), "%s: nor does %%'.2f", what);
}

int main(void)
{
	struct lconv *l;
	wchar_t wbuf[64];

	plan(39);

	/* A program starts in the C locale, whatever LANG says. */
	is_c_numeric("at start");

	ok(setlocale(LC_ALL, "") != NULL, "setlocale(LC_ALL, \"\") takes LANG");
	is_string("en_US.UTF-8", setlocale(LC_NUMERIC, NULL), "... LC_NUMERIC is en_US.UTF-8");
	l = localeconv();
	is_string(".", l->decimal_point, "en_US: decimal_point \".\"");
	is_string(",", l->thousands_sep, "en_US: thousands_sep \",\"");
	is_string("\3", l->grouping, "en_US: grouping by three");
	is_string(".", nl_langinfo(RADIXCHAR), "nl_langinfo(RADIXCHAR)");
	is_string(",", nl_langinfo(THOUSEP), "nl_langinfo(THOUSEP)");

	is_string("1,234,567", fmt("%'d", 1234567), "%%'d groups by three");
	is_string("-1,234,567", fmt("%'d", -1234567), "... negative");
	is_string("123", fmt("%'d", 123), "... three digits: no separator");
	is_string("1,000", fmt("%'d", 1000), "... four digits");
	is_string("9,223,372,036,854,775,807", fmt("%'lld", 9223372036854775807LL),
		  "... the largest long long");
	is_string(" 1,234,567", fmt("%'10d", 1234567), "... the width counts separators");
	is_string("1234567", fmt("%d", 1234567), "without ' no separator");
	is_string("1,234,567.89", fmt("%'.2f", 1234567.891), "%%'.2f groups the integer part");
	is_string("-1,000,000.000000", fmt("%'f", -1e6), "%%'f, negative");
	is_string("0.125", fmt("%'.3f", 0.125), "%%'f below 1000: no separator");
	is_string("1,234,567", fmt("%'.7g", 1234567.0), "%%'g groups too");
	swprintf(wbuf, sizeof(wbuf) / sizeof(wbuf[0]), L"%'d", 1234567);
	ok(wcscmp(L"1,234,567", wbuf) == 0, "swprintf %%'d groups as well");

	/* Back to the C locale, and to C.UTF-8: no separators again. */
	ok(setlocale(LC_NUMERIC, "C") != NULL, "setlocale(LC_NUMERIC, \"C\")");
	is_c_numeric("C");
	ok(setlocale(LC_ALL, "C.UTF-8") != NULL, "setlocale(LC_ALL, \"C.UTF-8\")");
	is_c_numeric("C.UTF-8");

	/* LC_NUMERIC alone, and a name without a charset. */
	ok(setlocale(LC_NUMERIC, "en_US") != NULL, "setlocale(LC_NUMERIC, \"en_US\")");
	is_string("1,234,567", fmt("%'d", 1234567), "en_US: %%'d groups");
	is_string("C.UTF-8", setlocale(LC_CTYPE, NULL), "... LC_CTYPE stays C.UTF-8");
	return 0;
}
