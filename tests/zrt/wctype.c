/*
 * wctype.c - wide-character classes and case in the multibyte locales
 * newlib has: UTF-8, and the Japanese ones, whose wide characters are the
 * encoding's own codes (ASCII among them, and the half-width katakana);
 * and the Turkish case pairs (i with U+0130, U+0131 with I) in the tr and
 * az locales only.
 */
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tap/basic.h"

/* The wide character of the multibyte character S in the current locale. */
static wint_t wide(const char *s)
{
	mbstate_t st;
	wchar_t wc;

	memset(&st, 0, sizeof(st));
	if (mbrtowc(&wc, s, strlen(s), &st) != strlen(s))
		return WEOF;
	return (wint_t)wc;
}

static void ascii(const char *locale)
{
	ok(setlocale(LC_ALL, locale) != NULL, "setlocale %s", locale);
	ok(iswalpha(wide("a")) && iswalnum(wide("a")) && iswlower(wide("a")), "%s: 'a' is a lower-case letter", locale);
	ok(iswdigit(wide("7")) && iswalnum(wide("7")) && !iswalpha(wide("7")), "%s: '7' is a digit", locale);
	ok(iswspace(wide(" ")) && iswpunct(wide("_")) && !iswalnum(wide("_")), "%s: ' ' is a space, '_' punctuation", locale);
	is_int('A', (int)towupper(wide("a")), "%s: towupper('a')", locale);
	is_int('z', (int)towlower(wide("Z")), "%s: towlower('Z')", locale);
}

int main(void)
{
	plan(31);
	ascii("en_US.UTF-8");
	ascii("ja_JP.eucJP");
	ascii("ja_JP.SJIS");
	/* Half-width katakana A: EUC-JP 0x8E 0xB1, Shift_JIS 0xB1 (U+FF71). */
	setlocale(LC_ALL, "ja_JP.eucJP");
	ok(iswalpha(wide("\x8e\xb1")), "EUC-JP: half-width katakana is a letter");
	ok(iswalpha(wide("\xa4\xa2")), "EUC-JP: hiragana A (two bytes) is a letter");
	setlocale(LC_ALL, "ja_JP.SJIS");
	ok(iswalpha(wide("\xb1")), "Shift_JIS: half-width katakana is a letter");
	ok(!iswalpha(wide("\x81\x40")), "Shift_JIS: the ideographic space is no letter");
	setlocale(LC_ALL, "tr_TR.UTF-8");
	is_int(0x130, (int)towupper('i'), "tr_TR.UTF-8: towupper('i') is U+0130");
	is_int(0x131, (int)towlower('I'), "tr_TR.UTF-8: towlower('I') is U+0131");
	is_int('I', (int)towupper(0x131), "tr_TR.UTF-8: towupper(U+0131) is 'I'");
	is_int('i', (int)towlower(0x130), "tr_TR.UTF-8: towlower(U+0130) is 'i'");
	is_int('A', (int)towupper('a'), "tr_TR.UTF-8: other letters as ever");
	setlocale(LC_ALL, "az_AZ.UTF-8");
	is_int(0x130, (int)towupper('i'), "az_AZ.UTF-8: towupper('i') is U+0130");
	setlocale(LC_ALL, "en_US.UTF-8");
	is_int('I', (int)towupper('i'), "en_US.UTF-8: towupper('i') is 'I'");
	setlocale(LC_ALL, "C.UTF-8");
	is_int('i', (int)towlower('I'), "C.UTF-8: towlower('I') is 'i'");
	setlocale(LC_ALL, "C");
	ok(iswalpha(L'a') && !iswalpha(L'1'), "C: 'a' is a letter, '1' is not");
	return 0;
}
