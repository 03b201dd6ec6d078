#!/bin/sh
# report.t - a nexe runs, its output lands, and the report has ZeroVM's six
# lines: validator state, daemon, return code, etags, accounting, exit state.
. "$top_srcdir/tests/vm/vmlib.sh"
plan 14

std_channels | manifest "$tmp/hello.manifest" "$(nexe hello)"
zerovm_run "$tmp/hello.manifest"
is 0 "$status" "zerovm exits 0 after an ok session"
is "hello, world" "$(cat "$tmp/stdout")" "the nexe's output reached its channel"
is 6 "$(wc -l <"$tmp/report")" "the report has six lines"
is 2 "$(report 1)" "line 1: validator state 2 (not validated)"
is 0 "$(report 2)" "line 2: not a daemon"
is 0 "$(report 3)" "line 3: the nexe's return code"
is disabled "$(report 4)" "line 4: etags disabled when no channel asks"
case $(report 5) in
[0-9]*.[0-9][0-9]\ [0-9]*.[0-9][0-9]\ 0\ 0\ 1\ 13\ 0\ 0\ 0\ 0) tap_result 0 "line 5: CPU times, then 0 reads, 1 write of 13 bytes" ;;
*) tap_result 1 "line 5: accounting (got '$(report 5)')" ;;
esac
is ok "$(report 6)" "line 6: exit state ok"
is "" "$(cat "$tmp/zerovm.err")" "nothing on zerovm's stderr"

# Return codes pass through, with the report going to a file.
printf 'e 42\n' >"$tmp/script"
{
	std_channels
	echo "Channel = $tmp/script, /dev/script, 0, 0, 100, 100000, 0, 0"
} | manifest "$tmp/io.manifest" "$(nexe io)"
zerovm_run -T "$tmp/r2" "$tmp/io.manifest"
is 0 "$status" "zerovm exits 0 whatever the nexe returns"
is "" "$(cat "$tmp/report")" "-T: nothing on stdout"
is 42 "$(sed -n 3p "$tmp/r2")" "-T: the report in the file carries return code 42"

zerovm_run -t 1 "$tmp/io.manifest"
is 42 "$(sed -n 3p "$tmp/zerovm.err")" "-t 1: the report goes to stderr"
