#!/bin/sh
# tap.t - the C TAP library reports passes and failures faithfully.
. "$top_srcdir/tests/tap/libtap.sh"
fx="$top_builddir/tests/unit/tap-fixture"
plan 20

out=$("$fx" pass); st=$?
is 0 "$st" "passing run exits 0"
is "1..5
ok 1 - true is true
ok 2 - integers
ok 3 - strings
ok 4 - blobs
ok 5 # SKIP nothing to do" "$out" "passing run prints the plan and five results"

out=$("$fx" fail-ok 2>/dev/null); st=$?
is 1 "$st" "a failing ok makes the run exit 1"
like "not ok 2 - second fails" "$out" "a failing ok prints not ok"
like "ok 1 - first passes" "$out" "the passing ok before it still prints ok"

out=$("$fx" fail-int 2>/dev/null); st=$?
is 1 "$st" "a failing is_int exits 1"
like "not ok 1 - one is two" "$out" "a failing is_int prints not ok"
like "#   seen: 2" "$out" "a failing is_int shows what it saw"

out=$("$fx" fail-string 2>/dev/null); st=$?
is 1 "$st" "a failing is_string exits 1"
like "# wanted: left" "$out" "a failing is_string shows what it wanted"

out=$("$fx" fail-blob 2>/dev/null); st=$?
is 1 "$st" "a failing is_blob exits 1"
like "differ at byte 2 of 4" "$out" "a failing is_blob names the first difference"

err=$("$fx" short-plan 2>&1 >/dev/null); st=$?
is 1 "$st" "running fewer tests than planned exits 1"
like "planned 3 tests but ran 1" "$err" "and says so"

out=$("$fx" lazy); st=$?
is 0 "$st" "a lazy plan exits 0"
is "ok 1 - one
ok 2 - two
1..2" "$out" "a lazy plan prints the plan last"

out=$("$fx" skip-all); st=$?
is 0 "$st" "skip_all exits 0"
is "1..0 # SKIP no reason at all" "$out" "skip_all prints its reason"

out=$("$fx" bail); st=$?
is 255 "$st" "bail exits 255"
like "Bail out! cannot go on: 7" "$out" "bail prints its message"
