# iolib.sh - shell helpers for the vm-core tests that drive the scripted io
# nexe (tests/vm/nexe/io.c) and check channels byte for byte.
#
#   . "$top_srcdir/tests/vm/iolib.sh"     (also loads vmlib.sh, so $tmp exists)
#
#   io_job SCRIPT [MEMORY [TIMEOUT]] <CHANNEL-LINES
#       write SCRIPT (printf format, no arguments) to $tmp/script and two
#       manifests for the io nexe with the std channels, CHANNEL-LINES and
#       /dev/script: $tmp/io.manifest also has /dev/log, a read-write
#       channel to $tmp/log (written in place, so it survives a crash);
#       $tmp/quiet.manifest has no log, so that the report's accounting
#       line counts only the script and the channels under test.
#       Give the channels under test aliases that sort before /dev/log
#       (/dev/a, /dev/b, ...): they then get the same descriptors, from 3
#       on, in both manifests.
#   io_run [ZEROVM-OPTIONS]
#       run $tmp/io.manifest; $status, $tmp/report, $tmp/zerovm.err, $tmp/log
#   io_quiet [ZEROVM-OPTIONS]
#       run $tmp/quiet.manifest; $status, $tmp/report, $tmp/zerovm.err
#   accounting
#       fields 3-10 of report line 5 (reads, bytes read, writes, bytes
#       written, then the four network counters), without the CPU times
#   script_acct
#       "2 SIZE": what the io nexe's reading of its script costs (one read
#       of the whole script, one read at its end)
#   hex STRING
#       STRING's bytes as lowercase hex, as the io nexe logs reads
#   sha256 FILE
#       the lowercase hex SHA-256 of FILE
#   alive PID
#       PID is running (not gone, not a zombie)
#   bg_track PID
#       remember a background process started by the test
#   bg_wait PID [SECONDS]
#       give it SECONDS (default 5) to end, then end it; reap it, forget it
#       and return its exit status
#   bg_reap
#       end (by pid) and reap every remembered process; io_trap makes it
#       run at exit too

. "$top_srcdir/tests/vm/vmlib.sh"

bg_pids=

bg_track() {
	bg_pids="$bg_pids $1"
}

# alive PID: the process exists and is not a zombie waiting to be reaped.
alive() {
	alive_stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	alive_stat=${alive_stat##*) }
	[ "${alive_stat%% *}" != Z ]
}

bg_wait() {
	bg_left=$(( ${2:-5} * 10 ))
	while alive "$1" && [ "$bg_left" -gt 0 ]; do
		sleep 0.1
		bg_left=$((bg_left - 1))
	done
	kill "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	bg_st=$?
	bg_rest=
	for bg_pid in $bg_pids; do
		[ "$bg_pid" = "$1" ] || bg_rest="$bg_rest $bg_pid"
	done
	bg_pids=$bg_rest
	return $bg_st
}

bg_reap() {
	for bg_pid in $bg_pids; do
		kill "$bg_pid" 2>/dev/null
		wait "$bg_pid" 2>/dev/null
	done
	bg_pids=
}

# libtap's plan installs tap_finish as the EXIT trap; call this after plan
# so that background helpers never outlive the test.
io_trap() {
	trap 'io_status=$?; bg_reap; (exit $io_status); tap_finish' EXIT
}

io_job() {
	io_script=$1
	io_memory=${2:-33554432}
	io_timeout=${3:-10}
	printf "$io_script" >"$tmp/script"
	cat >"$tmp/channels"
	{
		std_channels
		cat "$tmp/channels"
		echo "Channel = $tmp/log, /dev/log, 1, 0, 1, 1, 100000, 100000000"
		echo "Channel = $tmp/script, /dev/script, 0, 0, 100, 100000, 0, 0"
	} | manifest "$tmp/io.manifest" "$(nexe io)" "$io_memory" "$io_timeout"
	{
		std_channels
		cat "$tmp/channels"
		echo "Channel = $tmp/script, /dev/script, 0, 0, 100, 100000, 0, 0"
	} | manifest "$tmp/quiet.manifest" "$(nexe io)" "$io_memory" "$io_timeout"
}

io_run() {
	rm -f "$tmp/log"
	zerovm_run "$@" "$tmp/io.manifest"
}

io_quiet() {
	zerovm_run "$@" "$tmp/quiet.manifest"
}

accounting() {
	report 5 | cut -d' ' -f3-
}

script_acct() {
	echo "2 $(wc -c <"$tmp/script" | tr -d ' ')"
}

hex() {
	printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'
}

sha256() {
	sha256sum "$1" | cut -d' ' -f1
}
