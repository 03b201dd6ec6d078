#!/bin/bash
# trap.sh - the trap round trip: N one-byte zvm_pwrite calls to a
# /dev/null channel, against N one-byte write(2) calls to /dev/null from a
# native process in the same run, each the median of BENCH_REPEAT runs.
# Target: at most 5 us per trap.
. "$top_srcdir/bench/benchlib.sh"

n=${BENCH_TRAPS:-200000}
echo "$n" >"$tmp/n"
bench_manifest "$tmp/trap.manifest" "$BENCH_NEXE/trap.nexe" "$tmp/n" /dev/null
bench_manifest "$tmp/zero.manifest" "$BENCH_NEXE/trap.nexe" /dev/null /dev/null

# Each figure is the median of BENCH_REPEAT runs: one run is seconds
# long, and a busy machine disturbs single runs.
repeat=${BENCH_REPEAT:-5}
natives=() pers=()
for _ in $(seq "$repeat"); do
	t0=$(now); "$top_builddir/bench/native-trap" "$n" >/dev/null; t1=$(now)
	natives+=("$(awk -v a="$t0" -v b="$t1" -v n="$n" 'BEGIN { printf "%.3f", (b - a) * 1e6 / n }')")
	t0=$(now); "$ZEROVM" "$tmp/zero.manifest" >/dev/null; t1=$(now)
	empty=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
	t0=$(now); "$ZEROVM" "$tmp/trap.manifest" >/dev/null; t1=$(now)
	pers+=("$(awk -v a="$t0" -v b="$t1" -v e="$empty" -v n="$n" 'BEGIN { printf "%.3f", (b - a - e) * 1e6 / n }')")
done
native=$(median "${natives[@]}")
per=$(median "${pers[@]}")
echo "trap: native write(2) to /dev/null     $native us per call"
echo "trap: zvm_pwrite to a /dev/null channel $per us per trap  ($(ratio "$per" "$native")x native; target <= 5 us)"
