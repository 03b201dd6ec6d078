#!/bin/sh
# manifest-e2e.t - zerovm's command line and its handling of the manifest
# file, end to end.  A bad manifest is status 2 with "FILE:LINE: KEY: ..."
# on stderr (a handful of cases; the parser's full table is
# tests/unit/manifest.tests); a missing or unreadable manifest is status 2.
# -F checks a good manifest and exits 0 without printing, creating,
# truncating or blocking on anything.  Usage errors are status 1 with the
# usage on stderr; --help and --version print on stdout and exit 0.
. "$top_srcdir/tests/vm/iolib.sh"
plan 24
io_trap

m=$tmp/job.manifest

# bad_manifest DESC MESSAGE <TEXT: status 2, exactly "zerovm: MESSAGE" on
# stderr, nothing on stdout.
bad_manifest() {
	cat >"$m"
	zerovm_run "$m"
	is "2 zerovm: $2" "$status $(cat "$tmp/zerovm.err")$(cat "$tmp/report")" "$1"
}

bad_manifest "a wrong Version" "$m:1: Version: must be 20130611, got \"20130612\"" <<EOF
Version = 20130612
Program = $(nexe hello)
Memory = 33554432, 0
Timeout = 10
$(std_channels)
EOF

bad_manifest "no Channel at all" "$m: missing obligatory key Channel" <<EOF
Version = 20130611
Program = $(nexe hello)
Memory = 33554432, 0
Timeout = 10
EOF

bad_manifest "a Channel of type 7" "$m:7: Channel: type must be 0..3, got 7" <<EOF
Version = 20130611
Program = $(nexe hello)
Memory = 33554432, 0
Timeout = 10
Channel = /dev/null, /dev/stdin, 0, 0, 1, 1, 0, 0
Channel = $tmp/stdout, /dev/stdout, 0, 0, 0, 0, 1, 1
Channel = $tmp/stderr, /dev/stderr, 7, 0, 0, 0, 1, 1
EOF

bad_manifest "a duplicate alias" "$m:9: Channel: duplicate alias \"/dev/a\" (first on line 8)" <<EOF
Version = 20130611
Program = $(nexe hello)
Memory = 33554432, 0
Timeout = 10
$(std_channels)
Channel = /dev/null, /dev/a, 0, 0, 1, 1, 0, 0
Channel = /dev/zero, /dev/a, 0, 0, 1, 1, 0, 0
EOF

bad_manifest "a duplicate Timeout" "$m:5: Timeout: duplicate key (first on line 4)" <<EOF
Version = 20130611
Program = $(nexe hello)
Memory = 33554432, 0
Timeout = 10
Timeout = 20
$(std_channels)
EOF

ok "no bad manifest created an output" test ! -e "$tmp/stdout" -a ! -e "$tmp/stderr"

zerovm_run "$tmp/no-such.manifest"
is "2 zerovm: $tmp/no-such.manifest: No such file or directory" \
	"$status $(cat "$tmp/zerovm.err")" "a missing manifest: status 2 and the path"
zerovm_run "$tmp"
is "2 zerovm: $tmp: Is a directory" "$status $(cat "$tmp/zerovm.err")" \
	"a directory as the manifest: status 2"

# --- -F on a good manifest whose channels include FIFOs nobody else has
# open (opening them for real would block), an existing output (opening it
# for real would replace it) and missing outputs.
mkdir "$tmp/f"
mkfifo "$tmp/f/in" "$tmp/f/out"
printf 'previous' >"$tmp/f/old"
{
	std_channels "$tmp/f/in" "$tmp/f/stdout" "$tmp/f/stderr"
	echo "Channel = $tmp/f/out, /dev/out, 0, 0, 0, 0, 10, 10"
	echo "Channel = $tmp/f/old, /dev/old, 0, 0, 0, 0, 10, 10"
	echo "Channel = $tmp/f/rw, /dev/rw, 3, 0, 10, 10, 10, 10"
} | manifest "$m" "$(nexe hello)"
t0=$(date +%s)
timeout 8 "$ZEROVM" -F "$m" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
status=$?
t1=$(date +%s)
is 0 "$status" "-F on a good manifest: status 0"
ok "-F does not block on FIFOs (took $((t1 - t0)) s)" test $((t1 - t0)) -le 2
is "" "$(cat "$tmp/report")" "-F prints nothing on stdout"
is "" "$(cat "$tmp/zerovm.err")" "-F prints nothing on stderr"
is "in old out" "$(ls -A "$tmp/f" | tr '\n' ' ' | sed 's/ $//')" \
	"-F creates no output file, temporary or not"
is previous "$(cat "$tmp/f/old")" "-F leaves an existing output alone"

# --- the command line.
usage_error() {
	"$ZEROVM" "$@" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
	status=$?
	case $status:$(cat "$tmp/report"):$(cat "$tmp/zerovm.err") in
	"1::"*"usage: zerovm "*) tap_result 0 "usage error: zerovm $*" ;;
	*)
		tap_result 1 "usage error: zerovm $*"
		diag "status $status, stderr: $(cat "$tmp/zerovm.err")"
		;;
	esac
}
std_channels | manifest "$m" "$(nexe hello)"
usage_error
usage_error "$m" "$m"
usage_error -t 7 "$m"
usage_error -x "$m"
usage_error -v
ok "no usage error ran the nexe" test ! -e "$tmp/stdout"

"$ZEROVM" --help >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
status=$?
is "0 usage: zerovm " "$status $(head -c 14 "$tmp/report")" "--help: status 0, the usage on stdout"
is "" "$(cat "$tmp/zerovm.err")" "--help: nothing on stderr"

"$ZEROVM" --version >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
status=$?
is "0 zerovm " "$status $(head -c 7 "$tmp/report")" "--version: status 0, a line starting 'zerovm '"
is 1 "$(wc -l <"$tmp/report")" "--version: one line"
