/*
 * ctype-locales.c - character classes and case in the locales newlib has
 * beyond UTF-8: an ISO-8859 one (el_GR.ISO-8859-7, Greek) converts its
 * bytes through its own table and folds their case, as toupper() and
 * tolower() of a byte and towupper() of the wide character; the Japanese
 * ones (EUC-JP, Shift_JIS) know ASCII as ASCII.
 */
#include <ctype.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tap/basic.h"

/* ISO-8859-7: capital sigma, final small sigma, small sigma. */
#define SIGMA 0xd3
#define FINAL_SIGMA 0xf2
#define SMALL_SIGMA 0xf3

static wint_t widen(int byte)
{
	char s[2] = { (char)byte, '\0' };
	wchar_t wc = 0;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	return mbrtowc(&wc, s, 1, &st) == 1 ? (wint_t)wc : WEOF;
}

int main(void)
{
	plan(21);

	ok(setlocale(LC_ALL, "el_GR.ISO-8859-7") != NULL, "el_GR.ISO-8859-7 exists");
	is_int(1, (int)MB_CUR_MAX, "... with one byte a character");
	is_int(0x03a3, (int)widen(SIGMA), "0xd3 is U+03A3, capital sigma");
	is_int(0x03c2, (int)widen(FINAL_SIGMA), "0xf2 is U+03C2, final sigma");
	ok(isupper(SIGMA) && islower(SMALL_SIGMA) && islower(FINAL_SIGMA),
	   "isupper/islower know them");
	is_int(SMALL_SIGMA, tolower(SIGMA), "tolower(capital sigma) is small sigma");
	is_int(SIGMA, toupper(SMALL_SIGMA), "toupper(small sigma) is capital sigma");
	is_int(SIGMA, toupper(FINAL_SIGMA), "toupper(final sigma) is capital sigma");
	is_int(0x03a3, (int)towupper(0x03c2), "towupper(U+03C2) is U+03A3");
	is_int('A', toupper('a'), "ASCII folds as ever");

	ok(setlocale(LC_ALL, "ja_JP.eucJP") != NULL, "ja_JP.eucJP exists");
	is_int(3, (int)MB_CUR_MAX, "... with up to three bytes a character");
	is_int('B', (int)towupper(L'b'), "towupper('b') is 'B'");
	is_int('b', (int)towlower(L'B'), "towlower('B') is 'b'");
	ok(iswalpha(L'b') && iswlower(L'b') && iswupper(L'B'), "iswalpha/iswlower/iswupper of ASCII");
	ok(iswdigit(L'7') && !iswalpha(L'7') && iswspace(L' '), "iswdigit/iswspace of ASCII");
	/* Full-width 'a' (EUC-JP 0xa3e1): newlib cannot convert a case
	 * result back from Unicode, and so keeps the character. */
	is_int(0xa3e1, (int)towupper(0xa3e1), "a full-width letter keeps its case");

	ok(setlocale(LC_ALL, "ja_JP.SJIS") != NULL, "ja_JP.SJIS exists");
	is_int('Z', (int)towupper(L'z'), "towupper('z') is 'Z' in Shift_JIS");
	ok(iswalpha(L'z'), "iswalpha('z') in Shift_JIS");

	ok(setlocale(LC_ALL, "C") != NULL, "back to C");
	return 0;
}
