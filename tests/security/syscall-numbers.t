#!/bin/sh
# syscall-numbers.t - every x86-64 system call number from 0 to 450, made
# from the nexe, ends the session, and the report names that number.
#
# A filter that lists what to refuse forgets what is added next year; ours
# refuses by default, and this walks the whole table as of Linux 6.x
# (including the gaps, which the report calls "unknown").  One session
# per number, with no arguments worth the name: nothing may run.
#
# Known gap: recent kernels (the 2025 "passthrough" changes to
# kernel/seccomp.c, also in stable series) run uretprobe (335) and uprobe
# (336) without consulting any seccomp filter, so that uprobes keep
# working in containers.  Outside a uprobe
# trampoline they do nothing but raise SIGILL (uretprobe) or return
# -ENXIO (uprobe), but the supervisor never sees them, and a nexe can tell
# such a kernel from an older one.  Only the validator (no syscall
# instruction outside the trap page) can close this; until then exactly
# that outcome is reported as TODO, and anything else as a failure.
. "$top_srcdir/tests/security/seclib.sh"
plan 451

call=$(sec_nexe call)
std_channels "$tmp/stdin" /dev/fd/4 | manifest "$tmp/call.manifest" "$call"

# run NR: one session making system call NR; sets $state and $at.
run() {
	echo "$1" >"$tmp/stdin"
	"$ZEROVM" -T "$tmp/report" "$tmp/call.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/stdout" </dev/null
	status=$?
	state=$(sed -n 6p "$tmp/report")
	at=$(sed -n 's/^at=//p' "$tmp/stdout")
	returned=$(sed -n 's/^returned=//p' "$tmp/stdout")
}

# kernel_exempt NR: the session shows the kernel's seccomp exemption for
# the uprobe system calls, exactly.
kernel_exempt() {
	case $1 in
	335) [ "$state" = "Signal 4 from untrusted code: Halting at $at" ] ;;
	336) [ "$state" = ok ] && [ "$returned" = -6 ] ;;
	*) false ;;
	esac
}

# A few names, to be sure the number is named correctly and not only
# echoed back.
name_of() {
	case $1 in
	0) echo read ;;
	1) echo write ;;
	2) echo open ;;
	15) echo rt_sigreturn ;;
	39) echo getpid ;;
	59) echo execve ;;
	60) echo exit ;;
	231) echo exit_group ;;
	322) echo execveat ;;
	435) echo clone3 ;;
	*) echo "" ;;
	esac
}

nr=0
while [ $nr -le 450 ]; do
	run $nr
	name=$(name_of $nr)
	pattern=${name:-?*} # unquoted below, so that ?* is a pattern
	case $state in
	"forbidden system call $nr ("$pattern") at $at")
		[ -n "$at" ] && [ "$status" -eq 7 ] && [ ! -s "$tmp/zerovm.err" ]
		tap_result $? "system call $nr: ${state#forbidden system call }" ||
			diag "status $status, at '$at', stderr: $(cat "$tmp/zerovm.err")"
		;;
	*)
		if kernel_exempt $nr; then
			sec_todo "system call $nr: forbidden and named" \
				"the kernel exempts it from seccomp: $state${returned:+, returned $returned}"
			nr=$((nr + 1))
			continue
		fi
		tap_result 1 "system call $nr: forbidden and named${name:+ $name}"
		diag "status $status, report: $state; at '$at'"
		;;
	esac
	nr=$((nr + 1))
done
