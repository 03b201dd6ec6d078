#!/bin/sh
# timeout.t - a nexe that never ends is stopped by the manifest's
# Timeout, promptly, whether it computes or keeps the supervisor waiting.
#
# With Timeout = 1 a session must end within 1.5 s of zerovm's start with
# exit state "session timeout" and status 6: once for a nexe spinning
# without a trap, once for a nexe whose read blocks the supervisor on a
# FIFO that nobody writes.
. "$top_srcdir/tests/security/seclib.sh"
plan 8

mkfifo "$tmp/in"
exec 3<>"$tmp/in"

# timed NEXE WHAT
timed() {
	{
		echo "Channel = $tmp/in, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
		echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
		echo "Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
	} | manifest "$tmp/$1.manifest" "$(sec_nexe "$1")" 33554432 1
	t0=$(date +%s.%N)
	"$ZEROVM" -T "$tmp/report" "$tmp/$1.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/ready" 3>&- </dev/null
	status=$?
	t1=$(date +%s.%N)
	elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
	is 6 "$status" "$2: zerovm exits with status 6"
	is "session timeout" "$(report 6)" "$2: exit state 'session timeout'"
	ok "$2: ended after ${elapsed} s, within 1.5 s" \
		awk -v e="$elapsed" 'BEGIN { exit !(e < 1.5 && e >= 0.9) }'
	is ready "$(cat "$tmp/ready")" "$2: the nexe did run"
}

timed spin "computing"
timed block "waiting in a trap"
