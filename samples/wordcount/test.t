#!/bin/sh
# test.t - the wordcount map-reduce agrees with tr | sort | uniq -c.
. "$top_srcdir/tests/tap/libtap.sh"
plan 4
tap_tmpdir
ZEROVM=$top_builddir/zerovm
ZVSH=$top_builddir/zvsh/zvsh
NEXEDIR=$top_builddir/samples/wordcount
export ZEROVM ZVSH NEXEDIR
run=$top_srcdir/samples/wordcount/run.sh
text=$top_srcdir/samples/wordcount/text.txt

# The host's answer: the same words, the same order (count, then word).
host_top() {
	LC_ALL=C tr -cs 'A-Za-z' '\n' <"$1" | LC_ALL=C tr 'A-Z' 'a-z' | grep . |
		LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2,2 | head -n 10 |
		awk '{ print $1, $2 }'
}

timeout 60 "$run" "$text" >"$tmp/out" 2>"$tmp/err"
is 0 $? "run.sh runs three mappers and a reducer"
is 10 "$(wc -l <"$tmp/out" | tr -d ' ')" "it prints ten words"
is "$(host_top "$text")" "$(cat "$tmp/out")" "the top ten equal the host's tr | sort | uniq -c"

# Another text, whose thirds split words and lines differently.
for i in 1 2 3 4 5 6 7; do sed -n "${i}~3p" "$text"; cat "$top_srcdir/samples/wordcount/README.md"; done >"$tmp/text2"
timeout 60 "$run" "$tmp/text2" >"$tmp/out2" 2>"$tmp/err2"
is "$(host_top "$tmp/text2")" "$(cat "$tmp/out2")" "and so on another text"
