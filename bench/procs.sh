#!/bin/bash
# procs.sh - processes in the sandbox against the host's: bench/zrt/procs.c
# built with zvm-gcc and with the host's gcc -O2, timed in the same run.
# "fork": 200 children forked and waited for one after the other, the
# time per fork (session start-up, measured with 0 forks, taken off);
# "pipe": 256 MiB from a child to its parent through a pipe.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-5}
nexe=$top_builddir/bench/zrt/procs.nexe
native=$top_builddir/bench/native-procs
[ -f "$nexe" ] || { echo "procs: $nexe is not built (no sysroot)"; exit 0; }

manifest() { # manifest NAME ARGS...
	bench_manifest "$tmp/$1.manifest" "$nexe" /dev/null "$tmp/$1.out"
	sed -i 's/^Memory = .*/Memory = 268435456, 0/' "$tmp/$1.manifest"
	printf '[args]\nargs = procs %s\n' "${*:2}" >"$tmp/$1.nvram"
	echo "Channel = $tmp/$1.nvram, /dev/nvram, 0, 0, 1000000, 1000000, 0, 0" >>"$tmp/$1.manifest"
}
manifest fork0 fork 0
manifest fork fork 200
manifest pipe pipe 256

# The median of RUNS wall-clock times of a command, in ms.
median_ms() {
	local i t
	for i in $(seq "$runs"); do
		t=$(date +%s%N)
		"$@" >/dev/null || { echo "procs: $* failed" >&2; exit 1; }
		echo $((($(date +%s%N) - t) / 1000))
	done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] / 1000 }'
}

for t in fork pipe; do
	"$ZEROVM" "$tmp/$t.manifest" >/dev/null
	"$native" $(sed -n 's/^args = procs //p' "$tmp/$t.nvram") >"$tmp/$t.native"
	cmp -s "$tmp/$t.out" "$tmp/$t.native" ||
		{ echo "procs: $t: the nexe and the native program disagree" >&2; exit 1; }
done

z0=$(median_ms "$ZEROVM" "$tmp/fork0.manifest")
zf=$(median_ms "$ZEROVM" "$tmp/fork.manifest")
n0=$(median_ms "$native" fork 0)
nf=$(median_ms "$native" fork 200)
zp=$(median_ms "$ZEROVM" "$tmp/pipe.manifest")
np=$(median_ms "$native" pipe 256)
awk -v z0="$z0" -v zf="$zf" -v n0="$n0" -v nf="$nf" -v zp="$zp" -v np="$np" 'BEGIN {
	zpf = (zf - z0) / 200; npf = (nf - n0) / 200
	printf "procs: fork + exit + wait   native %.3f ms, zerovm %.3f ms  (%.1fx native)\n", npf, zpf, zpf / npf
	printf "procs: 256 MiB through a pipe native %.0f MB/s, zerovm %.0f MB/s  (%.2fx native)\n",
		256 * 1.048576 / np * 1000, 256 * 1.048576 / zp * 1000, np / zp
}'
