#!/bin/sh
# exit.t - an ok session exits with the program's return code (modulo 256,
# as the shell has it); --zvm-status says it was the program's; the report
# goes to stderr only with --zvm-report and never mixes with stdout.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 24

io=$(nexe io)

# code SCRIPT-CODE STATUS STATUS-LINE
code() {
	script "e $1\n"
	zvsh_run --zvm-status "$tmp/status" --zvm-in "script=$tmp/script" "$io"
	is "$2" "$status" "the program returns $1: zvsh exits $2"
	is "$3" "$(cat "$tmp/status")" "... and --zvm-status says '$3'"
}

code 0 0 "exit 0"
code 1 1 "exit 1"
code 255 255 "exit 255"
code 256 0 "exit 256"
code 0xffffffff 255 "exit -1"
# A program may return what zvsh uses for the sandbox's endings; only
# --zvm-status tells them apart.
code 124 124 "exit 124"
code 125 125 "exit 125"
code 139 139 "exit 139"
is "" "$(err)" "nothing on stderr without --zvm-report"

# The report: on stderr, after the run, never on stdout.
script 'w 1 0 hello\ne 42\n'
zvsh_run --zvm-report --zvm-in "script=$tmp/script" "$io"
is 42 "$status" "with --zvm-report the status is still the program's"
is hello "$(out)" "stdout holds only the program's output"
is 6 "$(wc -l <"$tmp/err" | tr -d ' ')" "the six-line report is on stderr"
is "2 0 42" "$(sed -n '1p' "$tmp/err") $(sed -n '2p' "$tmp/err") $(sed -n '3p' "$tmp/err")" \
	"... validator state, daemon, return code"
is ok "$(sed -n 6p "$tmp/err")" "... and exit state ok"

# The report follows everything the program wrote to stderr.
script 'w 2 0 oops\ne 0\n'
zvsh_run --zvm-report --zvm-in "script=$tmp/script" "$io"
is "oops2" "$(sed -n 1p "$tmp/err")" "the report comes after the program's stderr"

is "" "$(workdirs_left)" "no work directory is left behind"
