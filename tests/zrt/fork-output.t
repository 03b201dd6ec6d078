#!/bin/sh
# fork-output.t - processes that print to the same stdout give the same
# bytes in every run: zerovm runs one at a time and switches only when
# the running one waits, yields or ends (zvm.h, "Processes").  The helper
# is tests/zrt/nexe/forks.c.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/forks.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
tap_tmpdir

zrt_reset
zrt_run "$tmp/a" "$nexe"
if grep -q '^no processes$' "$tmp/a/stdout"; then
	skip_all "this zerovm runs one process (fork: EAGAIN)"
fi
plan 5
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "the session ends ok"
zrt_run "$tmp/b" "$nexe"
ok "two runs print the same bytes" cmp "$tmp/a/stdout" "$tmp/b/stdout"
# The order zvm.h gives: a new process first runs when process 1 yields
# or waits; every switch goes to the next ready process in pid order,
# round and round; each child's exit() flushes its last line.
ok "... in the order the scheduling rules give (data/fork-output.txt)" \
	cmp "$top_srcdir/tests/zrt/data/fork-output.txt" "$tmp/a/stdout"
is 9 "$(grep -c '^child [234] (parent 1) line [012]$' "$tmp/a/stdout")" \
	"each child printed its three lines, knowing its parent"
is "process 2 exited 10
process 3 exited 11
process 4 exited 12" "$(grep 'exited' "$tmp/a/stdout" | sort)" \
	"wait() reports every child's status"
