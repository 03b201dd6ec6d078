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
# Interleaved, three of each; the medians compared.
for i in 1 2 3; do
	echo "native $(secs run_native)"
	echo "zvm $(secs run_zvm)"
done >"$tmp/times"
hash() { sed -n 's/^Verification Hash: //p' "$1"; }
[ -n "$(hash "$tmp/out-native")" ] && [ "$(hash "$tmp/out-native")" = "$(hash "$tmp/out-zvm")" ] || {
	echo "ports-sqlite: verification hashes differ: native '$(hash "$tmp/out-native")'," \
		"zerovm '$(hash "$tmp/out-zvm")'" >&2
	exit 1
}
med() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/times" | sort -n | sed -n 2p; }
n=$(med native)
z=$(med zvm)
echo "ports-sqlite: speedtest1 --size $size: native $(printf '%.2f' "$n") s, zerovm $(printf '%.2f' "$z") s  ($(ratio "$z" "$n")x native; target <= 1.05x)"
