#!/bin/sh
# faults.t - faults caught by the program, one session each (the VM calls
# a fault handler once per session): SIGFPE from a division by zero,
# SIGILL from ud2, a stack overflow caught on the alternate stack and one
# that cannot be (no SA_ONSTACK), a second fault after a handler jumped
# out, a handler that returns, an ignored SIGSEGV, and the handler's
# siginfo_t and ucontext_t byte for byte the same in two runs.  The
# helper is tests/zrt/nexe/fault.c; its mode is its stdin.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"

nexe=$top_builddir/tests/zrt/nexe/fault.nexe
[ -x "$nexe" ] || skip_all "no $nexe"
plan 25
tap_tmpdir

# fault MODE: run the helper with MODE on stdin, in $tmp/MODE.  Its
# stdout is zerovm's descriptor 4, written in place, so that it survives
# a session that does not end ok (zrt_run's output files would not).
fault() {
	zrt_reset
	echo "$1" >"$tmp/$1.in"
	zrt_stdin=$tmp/$1.in
	d=$tmp/$1
	mkdir -p "$d"
	zrt_manifest "$d" "$nexe" | sed "s|^Channel = $d/stdout,|Channel = /dev/fd/4,|" >"$d/manifest"
	(cd "$d" && "$zerovm" manifest >report 2>zerovm.err 4>stdout </dev/null)
	zrt_status=$?
	zrt_code=$(sed -n 3p "$d/report")
	zrt_state=$(sed -n 6p "$d/report")
	out=$(cat "$d/stdout")
}

# killed MODE: the session ended by SIGSEGV at an address in the nexe.
killed() {
	case $zrt_state in
	"Signal 11 from untrusted code: Halting at 0x"*) tap_result 0 "$1: ends with Signal 11 and the faulting address" ;;
	*) tap_result 1 "$1: ends with Signal 11 and the faulting address (state: $zrt_state)" ;;
	esac
	is 7 "$zrt_status" "$1: zerovm exits 7"
}

fault fpe
is "fpe: sig=1 code=1 addr=rip:1" "$out" "fpe: SIGFPE, FPE_INTDIV, si_addr is the instruction"
is ok "$zrt_state" "fpe: the handler ends the session ok"
is 3 "$zrt_code" "fpe: with its exit code"

fault ill
is "ill: sig=1 code=2 addr=rip:1" "$out" "ill: SIGILL, ILL_ILLOPN, si_addr is the instruction"
is 4 "$zrt_code" "ill: the handler's exit code"

fault overflow
is "overflow: sig=1 code=1 below-stack=1 near-sp=1 on-alt=1" "$out" \
	"overflow: SIGSEGV below the stack, near the stack pointer, handled on the alternate stack"
is ok "$zrt_state" "overflow: the session ends ok"
is 2 "$zrt_code" "overflow: with the handler's exit code, 2"

fault nostack
is "" "$out" "nostack: without SA_ONSTACK the handler has no stack and never runs"
killed nostack

fault again
rip=$(sed -n 's/^caught 1 at //p' "$tmp/again/stdout")
is "caught 1 at $rip
back" "$out" "again: the first fault is caught and the handler jumps out"
killed again
case $zrt_state in
*"Halting at $rip") tap_result 1 "again: the report names the second fault, not the first ($zrt_state)" ;;
*) tap_result 0 "again: the report names the second fault, not the first" ;;
esac

fault return
rip=$(sed -n 's/^returning 1 from //p' "$tmp/return/stdout")
is "returning 1 from $rip" "$out" "return: the handler runs and returns"
killed return
is "Signal 11 from untrusted code: Halting at $rip" "$zrt_state" \
	"return: the report names the fault the handler was called for"

fault ignored
is "" "$out" "ignored: SIG_IGN does not resume the faulting code"
killed ignored

fault dump
is 5 "$zrt_code" "dump: the handler ran"
cp "$tmp/dump/stdout" "$tmp/dump.1"
fault dump
cp "$tmp/dump/stdout" "$tmp/dump.2"
ok "dump: two runs give the same siginfo_t and ucontext_t bytes" cmp -s "$tmp/dump.1" "$tmp/dump.2"
grep -q '^ucontext:' "$tmp/dump.1"
is 0 $? "dump: the ucontext_t was printed"
