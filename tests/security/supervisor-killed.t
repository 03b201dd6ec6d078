#!/bin/sh
# supervisor-killed.t - killing zerovm leaves no sandboxed child behind.
#
# SIGKILL cannot be caught, so zerovm gets no chance to clean up: the
# child must die by itself (PR_SET_PDEATHSIG), or a nexe could outlive
# its supervisor and with it every limit, the timeout included.  The
# child is checked both waiting in a trap and computing without one;
# each time it must be gone (or a zombie awaiting its new parent) within
# one second.
. "$top_srcdir/tests/security/seclib.sh"
plan 8

mkfifo "$tmp/in"
exec 3<>"$tmp/in"

# killed NEXE WHAT: start NEXE, kill zerovm once the nexe is running.
killed() {
	{
		echo "Channel = $tmp/in, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
		echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
		echo "Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
	} | manifest "$tmp/$1.manifest" "$(sec_nexe "$1")"
	rm -f "$tmp/ready"
	"$ZEROVM" -T "$tmp/report" "$tmp/$1.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/ready" 3>&- </dev/null &
	zpid=$!
	sec_wait_for "$tmp/ready" ready
	tap_result $? "$2: the nexe runs" || {
		diag "zerovm: $(cat "$tmp/zerovm.err" "$tmp/report" 2>&1)"
		kill -KILL $zpid
		return
	}
	child=$(sec_child $zpid)
	tap_result $? "$2: zerovm has one child ($child)" || return
	kill -KILL $zpid
	wait $zpid 2>/dev/null
	i=0
	while ! sec_gone "$child" && [ $i -lt 100 ]; do
		sleep 0.01
		i=$((i + 1))
	done
	sec_gone "$child"
	tap_result $? "$2: the child is gone within 1 s of zerovm's SIGKILL" ||
		diag "$(cat "/proc/$child/status" 2>/dev/null | head -3)"
	[ -e "/proc/$child" ] && diag "$2: the child is a zombie; its new parent has not reaped it yet"
	# A survivor must not linger after the test.
	sec_gone "$child" || kill -KILL "$child" 2>/dev/null
	ok "$2: zerovm did not get to write a report" test ! -s "$tmp/report"
}

killed block "waiting in a trap"
killed spin "computing"
