#!/bin/bash
# ports-bzip2.sh - the bzip2 port compressing a generated 100 MB text:
# bzip2.nexe under zerovm (through zvsh) against the same source built
# natively with the host's gcc at the same -O2, in the same run.
# Target: at most 1.05x native.
. "$top_srcdir/bench/benchlib.sh"

src=$top_builddir/ports-work/bzip2/src
nexe=$src/bzip2.nexe
[ -f "$nexe" ] || nexe=$src/bzip2
[ -f "$src/bzip2.c" ] && [ -f "$nexe" ] || {
	echo "ports-bzip2: the bzip2 port is not built (make ports); skipped"
	exit 0
}
mb=${BENCH_MB:-100}
python3 "$top_srcdir/bench/gentext.py" $((mb * 1048576)) >"$tmp/in"
(cd "$src" && gcc -O2 -D_FILE_OFFSET_BITS=64 -o "$tmp/bzip2-native" blocksort.c huffman.c \
	crctable.c randtable.c compress.c decompress.c bzlib.c bzip2.c)

run_native() { "$tmp/bzip2-native" -9 -c <"$tmp/in" >"$tmp/out-native"; }
run_zvm() {
	ZEROVM=$ZEROVM "$top_builddir/zvsh/zvsh" --zvm-timeout 600 "$nexe" -9 -c \
		<"$tmp/in" >"$tmp/out-zvm"
}
# Interleaved, three of each; the medians compared.
for i in 1 2 3; do
	echo "native $(secs run_native)"
	echo "zvm $(secs run_zvm)"
done >"$tmp/times"
cmp -s "$tmp/out-native" "$tmp/out-zvm" || { echo "ports-bzip2: outputs differ" >&2; exit 1; }
med() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/times" | sort -n | sed -n 2p; }
n=$(med native)
z=$(med zvm)
echo "ports-bzip2: bzip2 -9 of ${mb} MB text: native $(printf '%.2f' "$n") s, zerovm $(printf '%.2f' "$z") s  ($(ratio "$z" "$n")x native; target <= 1.05x)"
