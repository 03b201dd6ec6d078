/*
 * ctype-locales.c - character classes and case in the locales newlib has
 * beyond UTF-8: an ISO-8859 one (el_GR.ISO-8859-7, Greek) converts its
 * bytes through its own table and folds their case, as toupper() and
 * tolower() of a byte and towupper() of the wide character, and the
 * ISO-8859 tables know their letters (Latin-1's ordinals and micro sign);
 * the Japanese ones (EUC-JP, Shift_JIS) know ASCII as ASCII.
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
	plan(36);

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

	/* Latin-1's ordinals and micro sign are letters (lower case: the
	 * only classes of letters <ctype.h> has are upper and lower case),
	 * which toupper() keeps; French letters as ever. */
	ok(setlocale(LC_ALL, "fr_FR") != NULL, "fr_FR (ISO-8859-1) exists");
	ok(isalpha(0xaa) && islower(0xaa) && isalnum(0xaa) && !ispunct(0xaa),
	   "U+00AA, feminine ordinal, is a letter");
	ok(isalpha(0xba) && islower(0xba) && !ispunct(0xba), "... so is U+00BA, masculine ordinal");
	ok(isalpha(0xb5) && islower(0xb5) && !ispunct(0xb5), "... and U+00B5, micro sign");
	is_int(0xb5, toupper(0xb5), "toupper(micro sign) keeps it: its capital is not Latin-1");
	ok(ispunct(0xab) && ispunct(0xb7) && !isalpha(0xd7),
	   "guillemet, middle dot, times: not letters");
	ok(isupper(0xc9) && islower(0xe9), "E acute, capital and small");
	is_int(0xc9, toupper(0xe9), "... toupper() folds it");
	/* An argument the compiler knows: GCC would fold the builtin
	 * toupper() for the C locale, to 0 here, but zvm-gcc gives it
	 * -fno-builtin-toupper and -fno-builtin-tolower. */
	ok(toupper(0xe9) == 0xc9 && tolower(0xc9) == 0xe9,
	   "... also when the compiler knows the argument");
	ok(setlocale(LC_ALL, "fr_FR.ISO-8859-15") != NULL && isalpha(0xaa) && isalpha(0xb5),
	   "ISO-8859-15 has the same letters");
	ok(setlocale(LC_ALL, "lt_LT.ISO-8859-13") != NULL && isupper(0xaf) && islower(0xbf),
	   "ISO-8859-13's AE and ae are letters");
	is_int(0xaf, toupper(0xbf), "... a pair");
	ok(setlocale(LC_ALL, "lv_LV.ISO-8859-4") != NULL && isupper(0xbd) && islower(0xbf) &&
	       !isalpha(0xff),
	   "ISO-8859-4: ENG is a capital, DOT ABOVE no letter");
	ok(setlocale(LC_ALL, "ro_RO.ISO-8859-16") != NULL && islower(0xb3) && isupper(0xa3),
	   "ISO-8859-16: l with stroke is a small letter");
	is_int(0xa3, toupper(0xb3), "... of L with stroke");

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
