#!/bin/sh
# syscall-address.t - the report of a forbidden system call names the
# number, the name and the exact address of the call.
#
# The nexe prints the address of its syscall instruction (a label in
# tests/security/lib/attack.S) before making the call; the kernel reports
# the address of the next instruction, 2 bytes on.  An address that came
# from anywhere else (the trap page, a stale notification, the wrong
# register) would not match.
. "$top_srcdir/tests/security/seclib.sh"
plan 6

call=$(sec_nexe call)
std_channels "$tmp/stdin" /dev/fd/4 | manifest "$tmp/call.manifest" "$call"

# One call from a nexe at the usual place, then getppid with arguments that
# look like pointers, to see that they do not leak into the report.
for input in "39" "110 0x10000 0xff000000 0xfe000000 1 2 3"; do
	echo "$input" >"$tmp/stdin"
	"$ZEROVM" -T "$tmp/report" "$tmp/call.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/stdout" </dev/null
	status=$?
	insn=$(sed -n 's/^insn=//p' "$tmp/stdout")
	nr=${input%% *}
	name=getpid
	[ "$nr" = 110 ] && name=getppid
	want=$(printf 'forbidden system call %d (%s) at 0x%x' "$nr" "$name" $((insn + 2)))
	ok "the nexe printed its syscall instruction's address ($insn)" test -n "$insn"
	is "$want" "$(report 6)" "$name: the report names the call and the address after it"
	is 7 "$status" "$name: zerovm exits with status 7"
done
