#!/bin/sh
# signals.t - zerovm told to stop (SIGTERM, SIGINT, SIGHUP) while the nexe
# waits on a FIFO read: the report is still written, its exit state names
# the signal, zerovm exits 8, the child running the nexe is gone, and the
# write-only output is not moved into place (nor left beside it).  A
# signal while zerovm waits to open a FIFO, before the nexe runs, also
# ends it with status 8.
. "$top_srcdir/tests/vm/iolib.sh"
plan 22
io_trap

mkdir "$tmp/o"
mkfifo "$tmp/in"

# children_of PID: the pids whose parent is PID.
children_of() {
	children_parent=$1
	for children_stat in /proc/[0-9]*/stat; do
		children_line=$(cat "$children_stat" 2>/dev/null) || continue
		set -- ${children_line##*) }
		[ "$2" = "$children_parent" ] || continue
		children_pid=${children_stat#/proc/}
		echo "${children_pid%/stat}"
	done
}

# stop_during_read SIGNAL NUMBER [ZEROVM-OPTIONS]: run the echo nexe on a
# FIFO that delivers "abc" and then nothing, signal zerovm once the nexe
# has echoed the three bytes, and check the outcome.
stop_during_read() {
	sig=$1
	num=$2
	shift 2
	printf 'previous' >"$tmp/o/out"
	std_channels "$tmp/in" "$tmp/o/out" /dev/null | manifest "$tmp/echo.manifest" "$(nexe echo)"
	sh -c 'printf abc; exec sleep 60' >"$tmp/in" &
	writer=$!
	bg_track $writer
	rm -f "$tmp/report" "$tmp/report.file"
	"$ZEROVM" "$@" "$tmp/echo.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null &
	zv=$!
	bg_track $zv
	tries=0
	until [ "$(cat "$tmp"/o/.out.zerovm-* 2>/dev/null)" = abc ] || [ $tries -ge 600 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	sleep 0.2
	child=$(children_of $zv | head -n 1)
	ok "$sig: the nexe runs in a child of zerovm (${child:-none})" test -n "$child"
	kill -s "$sig" $zv
	bg_wait $zv
	status=$?
	bg_wait $writer 0
	[ -e "$tmp/report.file" ] && cp "$tmp/report.file" "$tmp/report"
	is 8 "$status" "$sig: zerovm exits 8"
	is "6 zerovm got signal $num" "$(wc -l <"$tmp/report" | tr -d ' ') $(report 6)" \
		"$sig: the report is written, its exit state names signal $num"
	is "1 3 1 3 0 0 0 0" "$(accounting)" "$sig: the report counts what moved before"
	ok "$sig: the child is gone" eval "[ -n '$child' ] && ! alive '$child'"
	is "previous out" "$(cat "$tmp/o/out") $(ls -A "$tmp/o" | tr '\n' ' ' | sed 's/ $//')" \
		"$sig: the output is not moved into place, nothing is left beside it"
}

stop_during_read TERM 15
stop_during_read INT 2 -T "$tmp/report.file"
stop_during_read HUP 1

# --- a signal while zerovm waits for a FIFO's writer, before the nexe runs.
std_channels "$tmp/in" "$tmp/o/out" /dev/null | manifest "$tmp/echo.manifest" "$(nexe echo)"
"$ZEROVM" "$tmp/echo.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null &
zv=$!
bg_track $zv
tries=0
until [ "$(cat "/proc/$zv/wchan" 2>/dev/null)" = wait_for_partner ] || [ $tries -ge 600 ]; do
	sleep 0.05
	tries=$((tries + 1))
done
sleep 0.1
kill -s TERM $zv
bg_wait $zv
status=$?
is 8 "$status" "TERM while opening a FIFO: zerovm exits 8"
like "Channel /dev/stdin: $tmp/in: interrupted by signal 15 while opening" \
	"$(cat "$tmp/zerovm.err")" "TERM while opening a FIFO: the message names the channel"
is "previous out" "$(cat "$tmp/o/out") $(ls -A "$tmp/o" | tr '\n' ' ' | sed 's/ $//')" \
	"TERM while opening a FIFO: the outputs are left alone"
is "" "$(cat "$tmp/report")" "TERM while opening a FIFO: no report, the session never started"
