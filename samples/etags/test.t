#!/bin/sh
# test.t - etags.sh finds the same, non-empty etags on two runs of wc.
. "$top_srcdir/tests/tap/libtap.sh"
plan 6
tap_tmpdir
ZEROVM=$top_builddir/zerovm
export ZEROVM
script=$top_srcdir/samples/etags/etags.sh
nexe=$top_builddir/samples/wc/wc.nexe

cp "$top_srcdir/samples/etags/README.md" "$tmp/in"
"$script" "$nexe" "$tmp/in" >"$tmp/out" 2>"$tmp/err"
is 0 $? "etags.sh reports the same etags on both runs"
first=$(sed -n 's/^run 1: //p' "$tmp/out")
second=$(sed -n 's/^run 2: //p' "$tmp/out")
ok "the etag line is not empty" test -n "$first"
is "$first" "$second" "the two lines are equal"
sum=$(sha256sum <"$tmp/in" | cut -d' ' -f1)
ok "the stdin etag is the SHA-256 of the input" \
	sh -c 'case "$1" in *"/dev/stdin $2 "*) exit 0 ;; esac; exit 1' - "$first" "$sum"
ok "the memory etag is there" sh -c 'case "$1" in *"/dev/memory "?*) exit 0 ;; esac; exit 1' - "$first"

echo "other text" >"$tmp/in2"
"$script" "$nexe" "$tmp/in2" >"$tmp/out2" 2>&1
ok "another input gives other etags" \
	test "$(sed -n 's/^run 1: //p' "$tmp/out2")" != "$first"
