#!/bin/sh
# test.t - the clock sample is deterministic and honours --zvm-time.
. "$top_srcdir/tests/tap/libtap.sh"
plan 7
tap_tmpdir
nexe=$top_builddir/samples/clock/clock.nexe
ZEROVM=$top_builddir/zerovm
export ZEROVM
zvsh=$top_builddir/zvsh/zvsh

"$zvsh" "$nexe" </dev/null >"$tmp/a"
is 0 $? "clock runs"
sleep 1
"$zvsh" "$nexe" </dev/null >"$tmp/b"
ok "two runs print the same lines" cmp -s "$tmp/a" "$tmp/b"
is 4 "$(wc -l <"$tmp/a" | tr -d ' ')" "it prints four lines"

n=1000000000
"$zvsh" --zvm-time $n "$nexe" </dev/null >"$tmp/c"
is "time: $n" "$(sed -n 1p "$tmp/c")" "with --zvm-time, time() starts there"
is "$n" "$(sed -n 's/^gettimeofday: \([0-9]*\)\..*/\1/p' "$tmp/c")" "so does gettimeofday"
is "$n" "$(sed -n 's/^clock_gettime: \([0-9]*\)\..*/\1/p' "$tmp/c")" "so does clock_gettime"
is "date: 2001-09-09 01:46:40 UTC" "$(sed -n 4p "$tmp/c")" "and the formatted date"
