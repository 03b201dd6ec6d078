#!/bin/sh
# failures.t - when the sandbox, not the program, ends the session, zvsh
# says so on stderr and exits with its own status (zvsh(1)): 124 timeout,
# 128+N for signal N (159 for a forbidden system call), 126 for a program
# zerovm refuses, 127 for one that does not exist, 125 for the rest; and
# always cleans up.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 41

io=$(nexe io)

# fails STATUS STATUS-LINE MESSAGE DESC ZVSH-ARGS...
fails() {
	f_status=$1 f_line=$2 f_msg=$3 f_desc=$4
	shift 4
	zvsh_run --zvm-status "$tmp/status" "$@"
	is "$f_status" "$status" "$f_desc: zvsh exits $f_status"
	is "$f_line" "$(cat "$tmp/status" 2>/dev/null)" "$f_desc: --zvm-status says '$f_line'"
	like "$f_msg" "$(err)" "$f_desc: stderr says why"
	is "" "$(workdirs_left)" "$f_desc: the work directory is gone"
}

fails 124 timeout "zvsh: session timeout" "timeout" --zvm-timeout 1 "$(nexe loop)"
fails 159 "syscall 2" "zvsh: forbidden system call 2 (open) at 0x" "forbidden system call" \
	"$(sec open)"
fails 139 "signal 11" "zvsh: Signal 11 from untrusted code: Halting at 0x0" "crash" \
	"$(sec jump-null)"
fails 159 "signal 31" "zvsh: Signal 31 from untrusted code: system call of another ABI" \
	"32-bit system call" "$(sec int80)"
printf 'not a nexe\n' >"$tmp/text"
fails 126 refused "zerovm: $tmp/text: not an ELF file" "not a nexe" "$tmp/text"
fails 126 refused "is too small for" "a nexe too big for its memory" --zvm-memory 16448K "$io"
fails 126 refused "zvsh: $tmp: is a directory" "a directory" "$tmp"
fails 127 missing "zvsh: $tmp/none.nexe: No such file or directory" "a missing program" \
	"$tmp/none.nexe"
script 'e 0\n'
fails 125 error "zerovm: " "an output zerovm cannot create" \
	--zvm-in "script=$tmp/script" --zvm-out "o=$tmp/no/such/dir/file" "$io"

# Outputs are only replaced when the session ends ok.
echo previous >"$tmp/o"
script 'w 3 0 new\nh 0x100000000\ne 0\n'
zvsh_run --zvm-in "script=$tmp/script" --zvm-out "o=$tmp/o" "$io"
is "139 previous" "$status $(cat "$tmp/o")" "a crash leaves the previous output in place"

# SIGTERM to zvsh reaches zerovm, which ends the session; zvsh cleans up
# and ends by the same signal, as the shell expects.
"$ZVSH" --zvm-status "$tmp/status" "$(nexe loop)" >"$tmp/out" 2>"$tmp/err" </dev/null &
zpid=$!
i=0
while [ $i -lt 500 ] && [ -z "$(cat "/proc/$zpid/task/$zpid/children" 2>/dev/null)" ]; do
	sleep 0.01
	i=$((i + 1))
done
sleep 0.2
kill -TERM "$zpid"
wait "$zpid"
is 143 "$?" "SIGTERM: zvsh ends by SIGTERM (the shell sees 143)"
is "interrupted 15" "$(cat "$tmp/status")" "... --zvm-status says 'interrupted 15'"
like "zvsh: zerovm got signal 15" "$(err)" "... zerovm's ending is reported"
is "" "$(workdirs_left)" "... the work directory is gone"
