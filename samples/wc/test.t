#!/bin/sh
# test.t - the wc sample counts what the host's wc counts.
. "$top_srcdir/tests/tap/libtap.sh"
plan 5
tap_tmpdir
nexe=$top_builddir/samples/wc/wc.nexe
ZEROVM=$top_builddir/zerovm
export ZEROVM
zvsh=$top_builddir/zvsh/zvsh

# Normalize white space: wc pads its columns differently on each system.
norm() { tr -s ' \t' '  ' | sed 's/^ //'; }

cat "$top_srcdir/samples/wc/wc.c" "$top_srcdir/samples/wc/README.md" >"$tmp/in"
printf 'no newline at end\tbut  two\t tabs' >>"$tmp/in"

"$zvsh" "$nexe" <"$tmp/in" >"$tmp/out"
is 0 $? "wc runs with stdin piped"
is "$(LC_ALL=C wc <"$tmp/in" | norm)" "$(norm <"$tmp/out")" "its counts equal the host's wc"

cat "$tmp/in" | "$zvsh" "$nexe" >"$tmp/out2"
is "$(LC_ALL=C wc <"$tmp/in" | norm)" "$(norm <"$tmp/out2")" "also through a pipe"

"$zvsh" "$nexe" </dev/null >"$tmp/out3"
is "0 0 0" "$(norm <"$tmp/out3")" "empty input counts nothing"

cp "$tmp/in" "$tmp/b"
"$zvsh" --zvm-in a="$tmp/in" --zvm-in b="$tmp/b" "$nexe" /dev/a /dev/b </dev/null >"$tmp/out4"
set -- $(LC_ALL=C wc <"$tmp/in")
is "$(($1 * 2)) $(($2 * 2)) $(($3 * 2)) total" "$(tail -n 1 "$tmp/out4" | norm)" \
	"two mapped files give a total"
