#!/bin/sh
# libtap-sh.t - the shell TAP library reports passes and failures faithfully.
. "$top_srcdir/tests/tap/libtap.sh"
plan 10

lib="$top_srcdir/tests/tap/libtap.sh"
run() { sh -c ". '$lib'; $1" 2>/dev/null; }

out=$(run 'plan 2; ok "yes" true; is a a "same"'); st=$?
is 0 "$st" "passing script exits 0"
is "1..2
ok 1 - yes
ok 2 - same" "$out" "passing script prints two oks"

out=$(run 'plan 2; ok "yes" true; ok "no" false'); st=$?
is 1 "$st" "a failing ok makes the script exit 1"
like "not ok 2 - no" "$out" "a failing ok prints not ok"

out=$(run 'plan 1; is a b "differ"'); st=$?
is 1 "$st" "a failing is exits 1"
like "#   seen: b" "$out" "a failing is shows what it saw"

out=$(run 'plan 3; ok "one" true'); st=$?
is 1 "$st" "fewer tests than planned exits 1"

out=$(run 'skip_all "not here"'); st=$?
is "0 1..0 # SKIP not here" "$st $out" "skip_all prints its reason and exits 0"

out=$(run 'plan 1; bail "stop"'); st=$?
is 255 "$st" "bail exits 255"

out=$(run 'tap_tmpdir; plan 1; echo "# dir $tmp"; ok "dir exists" test -d "$tmp"')
dir=$(printf '%s\n' "$out" | sed -n 's/^# dir //p')
test -n "$dir" && test ! -e "$dir"
tap_result $? "tap_tmpdir removes its directory at exit"
