#!/bin/sh
# supervisor-signals.t - SIGTERM, SIGINT and SIGHUP to zerovm end the
# session cleanly: the child dies, the report is still written, its exit
# state names the signal, and zerovm exits with status 8.
#
# An operator (or a job system) stopping zerovm must still get an account
# of the session, whether the nexe is computing or waiting in a trap that
# blocks the supervisor itself in a read.
. "$top_srcdir/tests/security/seclib.sh"
plan 20

mkfifo "$tmp/in"
exec 3<>"$tmp/in"

# stopped NEXE SIGNAL NUMBER WHAT
stopped() {
	{
		echo "Channel = $tmp/in, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
		echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
		echo "Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
	} | manifest "$tmp/$1.manifest" "$(sec_nexe "$1")"
	rm -f "$tmp/ready" "$tmp/report"
	"$ZEROVM" -T "$tmp/report" "$tmp/$1.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/ready" 3>&- </dev/null &
	zpid=$!
	sec_wait_for "$tmp/ready" ready
	tap_result $? "$4, SIG$2: the nexe runs" || return
	child=$(sec_child $zpid)
	kill -s "$2" $zpid
	wait $zpid
	is 8 "$?" "$4, SIG$2: zerovm exits with status 8"
	is "zerovm got signal $3" "$(report 6)" "$4, SIG$2: the report names signal $3"
	is 6 "$(wc -l <"$tmp/report")" "$4, SIG$2: the report has six lines"
	sec_gone "$child"
	tap_result $? "$4, SIG$2: the child is gone"
}

stopped spin TERM 15 "computing"
stopped block TERM 15 "waiting in a trap"
stopped spin INT 2 "computing"
stopped spin HUP 1 "computing"
