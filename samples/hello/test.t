#!/bin/sh
# test.t - the hello sample builds with zvm-gcc and runs under zerovm.
. "$top_srcdir/tests/tap/libtap.sh"
plan 5
tap_tmpdir
nexe=$top_builddir/samples/hello/hello.nexe

cat >"$tmp/hello.manifest" <<EOF2
Version = 20130611
Program = $nexe
Memory = 33554432, 0
Timeout = 10
Channel = /dev/null, /dev/stdin, 0, 0, 1000, 1048576, 0, 0
Channel = $tmp/out, /dev/stdout, 0, 1, 0, 0, 1000, 1048576
Channel = $tmp/err, /dev/stderr, 0, 0, 0, 0, 1000, 1048576
EOF2
"$top_builddir/zerovm" "$tmp/hello.manifest" >"$tmp/report" 2>"$tmp/zerovm.err"
is 0 $? "zerovm runs the sample"
is "hello, world" "$(cat "$tmp/out")" "it greets"
is ok "$(sed -n 6p "$tmp/report")" "the session ends ok"
is 0 "$(sed -n 3p "$tmp/report")" "with return code 0"
is "/dev/stdout $(printf 'hello, world\n' | sha256sum | cut -d' ' -f1)" "$(sed -n 4p "$tmp/report")" \
	"the stdout etag is the SHA-256 of what it wrote"
