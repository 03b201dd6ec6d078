#!/bin/sh
# procs.t - processes: zvm_fork(), zvm_wait(), zvm_yield() and the shared
# region.  One process runs at a time and the supervisor switches only
# when the running one waits, yields or ends, to the next ready process
# in pid order: so every line below comes in one order only, on every
# run, whichever way the traps go.
. "$top_srcdir/tests/vm/vmlib.sh"
plan 42

# run SCENARIO [TIMEOUT [PROG [MEMORY]]]: the procs nexe with the scenario
# on stdin and PROG (default: the procs nexe) on /dev/prog, for exec.
run() {
	printf '%s' "$1" >"$tmp/in"
	rm -f "$tmp/stdout" "$tmp/stderr"
	{
		std_channels "$tmp/in"
		echo "Channel = ${3:-$(nexe procs)}, /dev/prog, 1, 0, 1000000, 4294967296, 0, 0"
	} | manifest "$tmp/procs.manifest" "$(nexe procs)" "${4:-33554432}" "${2:-10}"
	zerovm_run "$tmp/procs.manifest"
}

run basic
is "0 0 ok" "$status $(report 3) $(report 6)" "basic: the session ends ok with pid 1's code"
is "$(printf '1 forked 2 0\n2 child of 1 0\n1 waited 2 1792\n1 again -10 0')" \
	"$(cat "$tmp/stdout")" \
	"basic: the child (pid 2) runs when its parent waits; its exit code 7 comes back as 7 << 8"

run yield
want=$(printf '1 turn 0 0\n2 turn 0 0\n3 turn 0 0\n1 turn 1 0\n2 turn 1 0\n3 turn 1 0\n1 turn 2 0\n2 turn 2 0\n3 turn 2 0\n1 waited 3 768\n1 waited 2 512')
is "$want" "$(cat "$tmp/stdout")" "yield: the ready processes take turns in pid order"
cp "$tmp/stdout" "$tmp/yield.1"
run yield
is "$(cat "$tmp/yield.1")" "$(cat "$tmp/stdout")" "yield: the same bytes in a second run"
if command -v taskset >/dev/null 2>&1; then
	taskset -c 0 "$ZEROVM" "$tmp/procs.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
	is "0 $want" "$? $(cat "$tmp/stdout")" "yield on one CPU, every trap a system call: the same"
else
	skip "taskset (util-linux) is not installed: cannot run zerovm on one CPU"
fi

run shared
is "$(printf '2 wrote 99 1002\n1 sees 1 1002\n1 shared 42 33554432')" "$(cat "$tmp/stdout")" \
	"shared: the child's private memory is its own, the shared region is everyone's, Memory sizes it"

run fault
is "0 1 waited 1 11" "$status $(cat "$tmp/stdout")" \
	"fault: a child's fault ends the child only; its status is SIGSEGV (11)"
run badsp
is "0 1 waited 1 11" "$status $(cat "$tmp/stdout")" \
	"a child started with an unusable stack pointer faults: SIGSEGV"

run max
is "$(printf '1 forked 15 -11\n1 reaped 15 -10\n1 then 17 1')" "$(cat "$tmp/stdout")" \
	"16 processes at once, ended ones included; then EAGAIN; pids are not reused"

run orphan
is "$(printf '2 forked 3 0\n3 orphan of 2 0\n1 waited 2 768\n3 now of 1 0\n1 waited 3 1024')" \
	"$(cat "$tmp/stdout")" "orphan: a child whose parent ended is waited for by pid 1"

run nohang
is "1 no child -10 0" "$(sed -n 1p "$tmp/stdout")" "no child: -ECHILD"
is "1 not yet 0 0" "$(sed -n 2p "$tmp/stdout")" "WNOHANG before the child ran: 0"
is "1 not mine -10 0" "$(sed -n 3p "$tmp/stdout")" "a pid that is not a child: -ECHILD"
is "1 pid 0 -22 0" "$(sed -n 4p "$tmp/stdout")" "pid 0: -EINVAL (there are no process groups)"
is "1 options -22 0" "$(sed -n 5p "$tmp/stdout")" "an unknown option: -EINVAL"
is "1 status in text -22 0" "$(sed -n 6p "$tmp/stdout")" "a status in read-only text: -EINVAL"
is "1 status in trap page -22 0" "$(sed -n 7p "$tmp/stdout")" "a status in the trap page: -EINVAL"
is "2 runs 0 0" "$(sed -n 8p "$tmp/stdout")" "yield lets the child run"
is "1 after yield 2 1280" "$(sed -n 9p "$tmp/stdout")" "then WNOHANG finds it ended, status 5 << 8"

run badip
is "$(printf '1 trap page -22 0\n1 data -22 0\n1 stack -22 0\n1 past 4 GiB -22 0\n1 no child -10 0')" \
	"$(cat "$tmp/stdout")" "a child may start only in the nexe's code: -EINVAL elsewhere, and no process"

run wait-own
is "$(printf '2 wait -10 0\n1 waited 2 1536')" "$(cat "$tmp/stdout")" \
	"a child waits for its own children only"

run exit-first
is "9 ok" "$(report 3) $(report 6)" "pid 1 exits while its children are ready: the session ends ok, code 9"
is "$(printf '2 runs 0 0\n3 runs 0 0\n1 leaves 0 0')" "$(cat "$tmp/stdout")" \
	"... after every process had its turn"
is "0" "$status" "... and zerovm's status is 0"

run spin 1
is "6 session timeout" "$status $(report 6)" "a child that never stops: the session times out"
is "" "$(cat "$tmp/zerovm.err")" "... with nothing on zerovm's stderr"

run forbidden
is "7" "$status" "a forbidden system call in a child ends the session (status 7)"
case $(report 6) in
"forbidden system call 39 (getpid) at 0x"*" in process 2") tap_result 0 "... and the report names the call and the process" ;;
*) tap_result 1 "... and the report names the call and the process (got '$(report 6)')" ;;
esac

# The accounting counts every process's channel traffic: basic writes 4
# lines of 8 writes each, one of them from pid 2.
run basic
set -- $(report 5)
is "32 $(wc -c <"$tmp/stdout")" "$5 $6" "the accounting counts the writes of every process"

# The session's processes are gone when zerovm is.
run spin 1
sleep 0.2
is "" "$(ps -eo args= | grep -F "$(nexe procs)" | grep -v grep || true)" \
	"after a timeout no process of the session is left"

# Under an older ABI reading of the user manifest: shared_size follows
# Memory down to 64 KiB units.
printf 'shared' >"$tmp/in"
std_channels "$tmp/in" | manifest "$tmp/small.manifest" "$(nexe procs)" $((20 * 1048576 + 12345))
zerovm_run "$tmp/small.manifest"
is "1 shared 42 20971520" "$(sed -n 3p "$tmp/stdout")" "Memory 20 MiB + 12345: a 20 MiB shared region"

# A Memory above 256 MiB: the shared region stops at ZVM_SHARED_MAX.
std_channels "$tmp/in" | manifest "$tmp/big.manifest" "$(nexe procs)" 1073741824
zerovm_run "$tmp/big.manifest"
is "1 shared 42 268435456" "$(sed -n 3p "$tmp/stdout")" "Memory 1 GiB: a 256 MiB shared region"

# --- exec: a new program in the same process.
run exec
is "$(printf '2 execs 1 0\nexec-ed exec-ed 8 1 42 1\n1 waited 2 8448')" "$(cat "$tmp/stdout")" \
	"exec: pid 2 runs the new program, which gets the block above its stack, the shared region, fresh private memory and no fault handler; its exit code 33 reaches pid 1"
run exec-init
is "0 33 ok" "$status $(report 3) $(report 6)" "pid 1 may exec: the new program's exit code is the session's"
is "exec-ed init 5 1 43 1" "$(cat "$tmp/stdout")" "... and it starts as the first program did, with its block"
run exec-bad
is "$(printf '1 garbage -8 0\n1 empty -22 0\n1 block too big -7 0\n1 image unreadable -22 0\n1 block unreadable -22 0\n1 still here 1 0')" \
	"$(cat "$tmp/stdout")" \
	"exec failures change nothing: -ENOEXEC, -EINVAL, -E2BIG for a block over ZVM_EXEC_BLOCK_MAX"
is "0 ok" "$status $(report 6)" "... and the session goes on to end ok"

# A nexe whose data segment (64 MiB) does not fit in Memory (32 MiB).
cp "$(nexe echo)" "$tmp/big.nexe"
data_memsz "$tmp/big.nexe" $((64 << 20))
run exec-big 10 "$tmp/big.nexe"
is "1 too big for Memory -12 0" "$(cat "$tmp/stdout")" "a program Memory cannot hold: -ENOMEM"
run exec-big 10 "$tmp/big.nexe" $((128 << 20))
is "" "$(cat "$tmp/stdout")" "... which runs when Memory can"
is "0 0 ok" "$status $(report 3) $(report 6)" "... to its own end (the echo nexe echoes no input)"

# The memory etag is pid 1's memory, the same in every run.
sed 's/^Memory = \([0-9]*\), 0/Memory = \1, 1/' "$tmp/procs.manifest" >"$tmp/etag.manifest"
printf 'yield' >"$tmp/in"
zerovm_run "$tmp/etag.manifest"
e1=$(report 4)
zerovm_run "$tmp/etag.manifest"
is "$e1" "$(report 4)" "the memory etag is the same in two runs with processes"
case $e1 in
*"/dev/memory "????????????????????????????????????????????????????????????????) tap_result 0 "... and there is one" ;;
*) tap_result 1 "... and there is one (got '$e1')" ;;
esac
