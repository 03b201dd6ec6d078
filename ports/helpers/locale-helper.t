#!/bin/sh
# locale-helper.t - ports/helpers/locale answers from newlib in the sandbox: the
# locales it lists are those setlocale() accepts there, the charmap is
# the one the environment's locale has there, and a locale newlib lacks
# is warned about as glibc's locale(1) does.
. "$top_srcdir/tests/tap/libtap.sh"
plan 27
tap_tmpdir
locale=$top_builddir/ports/helpers/bin/locale
ZEROVM=$top_builddir/zerovm ZVSH=$top_builddir/zvsh/zvsh
export ZEROVM ZVSH
unset LANG LC_ALL LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY LC_MESSAGES ZVM_RUN_FLAGS

"$locale" -a >"$tmp/all" 2>"$tmp/err"
is 0 $? "locale -a succeeds"
is "" "$(cat "$tmp/err")" "... silently"
for l in C POSIX C.UTF-8 cs_CZ.UTF-8 fr_FR ja_JP.eucJP el_GR.ISO-8859-7; do
	ok "... lists $l" grep -qxF "$l" "$tmp/all"
done
ok "... but not zh_CN.GB18030 (newlib has no GB18030)" sh -c '! grep -qx "zh_CN.GB18030" "$1"' - "$tmp/all"
ok "... in order" env LC_ALL=C sort -c "$tmp/all"

out=$(LC_ALL=cs_CZ.UTF-8 "$locale" -k LC_CTYPE 2>"$tmp/err")
is 0 $? "LC_ALL=cs_CZ.UTF-8 locale -k LC_CTYPE succeeds"
is "$(printf 'ctype-mb-cur-max=6\ncharmap="UTF-8"')" "$out" "... UTF-8, up to 6 bytes a character"
is "" "$(cat "$tmp/err")" "... silently"

is ISO-8859-1 "$(LC_ALL=fr_FR "$locale" charmap)" "fr_FR is newlib's ISO-8859-1"
is EUCJP "$(LANG=ja_JP.eucJP "$locale" charmap)" "LANG selects the locale"
is 3 "$(LANG=C LC_CTYPE=ja_JP.eucJP "$locale" ctype-mb-cur-max)" "... and LC_CTYPE overrides it"
is ASCII "$(LC_ALL=C LC_CTYPE=ja_JP.eucJP "$locale" charmap)" "... and LC_ALL them both"
is "$(printf 'LC_CTYPE\ncharmap="ASCII"')" "$("$locale" -ck charmap)" "-c names the category"

is "$(printf '.\n,\n3;3')" "$(LANG=en_US.UTF-8 "$locale" LC_NUMERIC)" \
	"en_US groups digits by three with ','"

out=$(LC_ALL=zh_CN.GB18030 "$locale" charmap 2>"$tmp/err")
is 0 $? "a locale newlib lacks: status 0"
is ASCII "$out" "... and the C locale's answer"
like "locale: Cannot set LC_CTYPE to default locale" "$(cat "$tmp/err")" "... with a warning"

"$locale" no-such-keyword >/dev/null 2>"$tmp/err"
is 1 $? "an unknown name: status 1"
is 'locale: unknown name "no-such-keyword"' "$(cat "$tmp/err")" "... saying which"
"$locale" -m >/dev/null 2>&1
is 64 $? "an unknown option: status 64"

is "$(printf 'LANG=en_US.UTF-8\nLC_CTYPE=fr_FR\nLC_NUMERIC="en_US.UTF-8"')" \
	"$(LANG=en_US.UTF-8 LC_CTYPE=fr_FR "$locale" | head -n 3)" \
	"locale alone shows where each category's locale comes from"
