#!/bin/bash
# ports-sqlite.sh - SQLite's speedtest1 from the sqlite port: the nexe under
# zerovm (through zvsh) against the same amalgamation and flags built
# natively with the host's gcc and glibc, in the same run.  Both must print
# the same verification hash.  Target: at most 1.05x native.
. "$top_srcdir/bench/benchlib.sh"

port=$top_builddir/ports-work/sqlite
nexe=$port/speedtest1
[ -f "$nexe" ] && [ -f "$port/obj/sqlite3.c" ] && [ -f "$port/cflags" ] || {
	echo "ports-sqlite: the sqlite port is not built (make ports); skipped"
	exit 0
}
size=${BENCH_SQLITE_SIZE:-50}
# shellcheck disable=SC2046 # the flags are words
gcc $(cat "$port/cflags") -I"$port/obj" -o "$tmp/speedtest1-native" \
	"$port/src/test/speedtest1.c" "$port/obj/sqlite3.c" -lm

run_native() { "$tmp/speedtest1-native" --verify --size "$size" >"$tmp/out-native"; }
run_zvm() {
	ZEROVM=$ZEROVM "$top_builddir/zvsh/zvsh" --zvm-timeout 600 "$nexe" --verify --size "$size" \
		>"$tmp/out-zvm"
}
# run WHO: one run; prints "WHO WALL CPU".  CPU time (user + system,
# zerovm's and zvsh's included) is the steadier of the two on a busy
# machine.
run() {
	local t
	t=$({ TIMEFORMAT='%R %U %S'; time "run_$1"; } 2>&1) || {
		echo "ports-sqlite: $1 run failed: $t" >&2
		exit 1
	}
	echo "$1 $t" | awk '{ print $1, $2, $3 + $4 }'
}
runs=${BENCH_RUNS:-3}
# Interleaved; the medians compared.
for i in $(seq "$runs"); do
	run native
	run zvm
done >"$tmp/times"
hash() { sed -n 's/^Verification Hash: //p' "$1"; }
[ -n "$(hash "$tmp/out-native")" ] && [ "$(hash "$tmp/out-native")" = "$(hash "$tmp/out-zvm")" ] || {
	echo "ports-sqlite: verification hashes differ: native '$(hash "$tmp/out-native")'," \
		"zerovm '$(hash "$tmp/out-zvm")'" >&2
	exit 1
}
med() {
	awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$tmp/times" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
nw=$(med native 2) zw=$(med zvm 2) nc=$(med native 3) zc=$(med zvm 3)
printf 'ports-sqlite: speedtest1 --size %s, median of %d: wall native %.2f s, zerovm %.2f s (%sx); cpu native %.2f s, zerovm %.2f s (%sx native; target <= 1.05x)\n' \
	"$size" "$runs" "$nw" "$zw" "$(ratio "$zw" "$nw")" "$nc" "$zc" "$(ratio "$zc" "$nc")"
