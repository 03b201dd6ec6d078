#!/bin/bash
# ports-lua.sh - the Lua port running a CPU-bound script of ours
# (ports/lua/bench/cpu.lua: n-body, spectral norm, fannkuch, string keys):
# a lua nexe under zerovm (through zvsh) against the same sources built
# natively with the host's gcc and glibc, in the same run.
# Wall time and CPU time (user + system, zerovm's included) are both
# compared: on a busy machine the CPU time is the steadier of the two.
# Target: at most 1.05x native.
#
# The script spends 70% of its time in one function, luaV_execute, and
# its speed depends on where the linker happens to put the code: the same
# objects linked with up to 1200 bytes of other code in front of them
# differ by up to 15% in CPU time, natively and in a nexe alike, both
# slowest when luaV_execute starts 16 bytes into a 64-byte line
# (doc/ports.md).  One link of each side compares two placements left to
# chance.  So each side is linked at the same several placements: layout
# k has 80*k bytes of code in front of the program's own, k from 0 to
# BENCH_LUA_LAYOUTS - 1 (8 layouts by default: the code at each 16-byte
# offset of a 64-byte line twice, spread over 600 bytes); every layout
# runs BENCH_RUNS times (3), interleaved, and the medians over all runs
# are compared.  Both sides are compiled here from the port's sources
# with the port's lua.mk and flags (-O2), and natively without PIE
# (-fno-pie -no-pie), as zvm-gcc compiles nexes, so that the two run the
# same instructions.  The range of the ratio over the layouts and its
# value at layout 0 alone (the programs as the linker leaves them; that
# nexe is the port's, byte for byte) are printed too.
. "$top_srcdir/bench/benchlib.sh"

src=$top_builddir/ports-work/lua/src/src
bin=$top_builddir/toolchain/bin
script=$top_srcdir/ports/lua/bench/cpu.lua
[ -f "$src/lua.c" ] && [ -f "$src/lua" ] || {
	echo "ports-lua: the lua port is not built (make ports); skipped"
	exit 0
}
layouts=${BENCH_LUA_LAYOUTS:-8}
runs=${BENCH_RUNS:-3}
# build WHO CC CFLAGS LDFLAGS MAKE-ARGS...: the port's sources and lua.mk
# in a copy, linked once per layout as $tmp/WHO/lua-K.
build() {
	local cc=$2 cflags=$3 ldflags=$4 dir=$tmp/$1 k pad
	shift 4
	mkdir "$dir"
	cp "$src"/*.c "$src"/*.h "$dir/"
	make -s -C "$dir" -f "$top_srcdir/ports/lua/lua.mk" -j2 CC="$cc" CFLAGS="$cflags" \
		"$@" liblua.a lua.o
	for k in $(seq 0 $((layouts - 1))); do
		pad=
		if [ "$k" -gt 0 ]; then
			# 80*k bytes of code linked in front of lua.o.
			printf '\t.text\n\t.p2align 0\nbench_pad:\n\t.skip %d, 0x90\n\t.section .note.GNU-stack,"",@progbits\n' \
				$((80 * k)) >"$dir/pad$k.s"
			"$cc" -c -o "$dir/pad$k.o" "$dir/pad$k.s"
			pad=$dir/pad$k.o
		fi
		rm -f "$dir/lua"
		make -s -C "$dir" -f "$top_srcdir/ports/lua/lua.mk" CC="$cc" CFLAGS="$cflags" \
			LDFLAGS="$ldflags $pad" "$@" lua
		mv "$dir/lua" "$dir/lua-$k"
	done
}
build native gcc '-O2 -fno-pie' -no-pie
build zvm "$bin/x86_64-zerovm-elf-gcc" -O2 '' AR="$bin/x86_64-zerovm-elf-ar" \
	RANLIB="$bin/x86_64-zerovm-elf-ranlib"

# run WHO K COMMAND...: one run; prints "WHO K WALL CPU".
run() {
	local who=$1 k=$2 t
	shift 2
	t=$({ TIMEFORMAT='%R %U %S'; time "$@" >"$tmp/out-$who-$k"; } 2>&1) || {
		echo "ports-lua: $who layout $k run failed: $t" >&2
		exit 1
	}
	echo "$who $k $t" | awk '{ print $1, $2, $3, $4 + $5 }'
}
for i in $(seq "$runs"); do
	for k in $(seq 0 $((layouts - 1))); do
		run native "$k" "$tmp/native/lua-$k" "$script"
		run zvm "$k" env ZEROVM="$ZEROVM" "$top_builddir/zvsh/zvsh" --zvm-timeout 600 \
			--zvm-dir "$top_srcdir/ports/lua/bench,/bench,ro" "$tmp/zvm/lua-$k" /bench/cpu.lua
	done
done >"$tmp/times"
for out in "$tmp"/out-*; do
	cmp -s "$tmp/out-native-0" "$out" || {
		echo "ports-lua: outputs differ (${out##*/out-})" >&2
		exit 1
	}
done
# med WHO K COLUMN: the median of a column over the runs of WHO in layout
# K, or in every layout when K is "all".
med() {
	awk -v w="$1" -v k="$2" -v c="$3" '$1 == w && (k == "all" || $2 == k) { print $c }' \
		"$tmp/times" | sort -g |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
per=$(for k in $(seq 0 $((layouts - 1))); do ratio "$(med zvm "$k" 4)" "$(med native "$k" 4)"; echo; done |
	sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "x-" hi "x" }')
nw=$(med native all 3) zw=$(med zvm all 3) nc=$(med native all 4) zc=$(med zvm all 4)
printf 'ports-lua: cpu.lua, %d layouts x %d runs, median: wall native %.2f s, zerovm %.2f s (%sx); cpu native %.2f s, zerovm %.2f s (%sx native; target <= 1.05x)\n' \
	"$layouts" "$runs" "$nw" "$zw" "$(ratio "$zw" "$nw")" "$nc" "$zc" "$(ratio "$zc" "$nc")"
printf 'ports-lua: cpu per layout: %s; layout 0 (as linked) %sx\n' \
	"$per" "$(ratio "$(med zvm 0 4)" "$(med native 0 4)")"
