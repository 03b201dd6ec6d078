#!/bin/sh
# trap-regs.t - the trap entry leaves nothing of its own path in the
# registers a call may clobber.  Whether a trap goes through the doorbell
# or as a system call, and how long it spins, depends on timing; what it
# leaves in %rcx, %rdx, %rsi, %rdi and %r11 would then differ between
# runs, and a fault frame (zvm.h) taken before the program overwrote
# them would too.  Every way out clears them.
. "$top_srcdir/tests/vm/vmlib.sh"
plan 4

std_channels | manifest "$tmp/regs.manifest" "$(nexe regs)"
zerovm_run "$tmp/regs.manifest"
is "0" "$status" "2000 traps: the session ends ok"
is "0" "$(cat "$tmp/stdout")" "... and every one left %rcx, %rdx, %rsi, %rdi and %r11 zero"

if ! command -v taskset >/dev/null 2>&1; then
	skip "taskset (util-linux) is not installed: cannot force system calls"
	skip "taskset (util-linux) is not installed: cannot force system calls"
else
	taskset -c 0 "$ZEROVM" "$tmp/regs.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
	is "0" "$?" "on one CPU (every trap a system call): the session ends ok"
	is "0" "$(cat "$tmp/stdout")" "... and the system call path left them zero too"
fi
