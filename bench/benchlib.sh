# benchlib.sh - shared helpers for the benchmarks: scratch space, timing
# and the manifests of bench nexes.  Benchmarks print ratios against a
# baseline measured in the same run; they are never pass/fail tests.

set -eu
# ZEROVM may name another zerovm binary, e.g. an older build to compare.
ZEROVM=${ZEROVM:-$top_builddir/zerovm}
BENCH_NEXE=$top_builddir/bench/nexe
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zvm-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# now: seconds since the epoch, nanosecond resolution.
now() {
	date +%s.%N
}

# secs COMMAND...: the wall time of one run of COMMAND, in seconds.
secs() {
	local t0 t1
	t0=$(now)
	"$@"
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}

# median_ms RUNS COMMAND...: the median wall time of RUNS runs, in ms.
median_ms() {
	local runs=$1 i t0 t1
	shift
	for i in $(seq "$runs"); do
		t0=$(now)
		"$@" >/dev/null 2>&1 </dev/null
		t1=$(now)
		echo "$t0 $t1"
	done | awk '{ print ($2 - $1) * 1000 }' | sort -n |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_manifest FILE NEXE STDIN STDOUT: a manifest with the three channels.
bench_manifest() {
	cat >"$1" <<MANIFEST
Version = 20130611
Program = $2
Memory = 67108864, 0
Timeout = 600
Channel = $3, /dev/stdin, 0, 0, 1099511627776, 1099511627776, 0, 0
Channel = $4, /dev/stdout, 0, 0, 0, 0, 1099511627776, 1099511627776
Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 1000, 1000000
MANIFEST
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# median VALUES...: the median of numbers.
median() {
	printf '%s\n' "$@" | sort -g |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
