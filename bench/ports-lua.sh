#!/bin/bash
# ports-lua.sh - the Lua port running a CPU-bound script of ours
# (ports/lua/bench/cpu.lua: n-body, spectral norm, fannkuch, string keys):
# the lua nexe under zerovm (through zvsh) against the same source built
# natively with the host's gcc, same flags, same -O2, in the same run.
# Wall time and CPU time (user + system, zerovm's included) are both
# compared: on a busy machine the CPU time is the steadier of the two.
# Target: at most 1.05x native.
. "$top_srcdir/bench/benchlib.sh"

src=$top_builddir/ports-work/lua/src/src
nexe=$src/lua
script=$top_srcdir/ports/lua/bench/cpu.lua
[ -f "$src/lua.c" ] && [ -f "$nexe" ] || {
	echo "ports-lua: the lua port is not built (make ports); skipped"
	exit 0
}
# The same sources and lua.mk as the port, in a copy: the port's objects
# are the nexe's.
mkdir "$tmp/src"
cp "$src"/*.c "$src"/*.h "$tmp/src/"
make -s -C "$tmp/src" -f "$top_srcdir/ports/lua/lua.mk" -j2 CC=gcc CFLAGS=-O2 lua

# run WHO COMMAND...: one run; prints "WHO WALL CPU".
run() {
	local who=$1 t
	shift
	t=$({ TIMEFORMAT='%R %U %S'; time "$@" >"$tmp/out-$who"; } 2>&1) || {
		echo "ports-lua: $who run failed: $t" >&2
		exit 1
	}
	echo "$who $t" | awk '{ print $1, $2, $3 + $4 }'
}
runs=${BENCH_RUNS:-5}
# Interleaved; the medians compared.
for i in $(seq "$runs"); do
	run native "$tmp/src/lua" "$script"
	run zvm env ZEROVM="$ZEROVM" "$top_builddir/zvsh/zvsh" --zvm-timeout 600 \
		--zvm-dir "$top_srcdir/ports/lua/bench,/bench,ro" "$nexe" /bench/cpu.lua
done >"$tmp/times"
cmp -s "$tmp/out-native" "$tmp/out-zvm" || { echo "ports-lua: outputs differ" >&2; exit 1; }
med() {
	awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$tmp/times" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
nw=$(med native 2) zw=$(med zvm 2) nc=$(med native 3) zc=$(med zvm 3)
printf 'ports-lua: cpu.lua, median of %d: wall native %.2f s, zerovm %.2f s (%sx); cpu native %.2f s, zerovm %.2f s (%sx native; target <= 1.05x)\n' \
	"$runs" "$nw" "$zw" "$(ratio "$zw" "$nw")" "$nc" "$zc" "$(ratio "$zc" "$nc")"
