#!/bin/bash
# memfs.sh - file system calls in ZRT's memfs against the kernel's tmpfs:
# bench/zrt/fsops.c built with zvm-gcc (working in /tmp, memfs) and with
# the host's gcc -O2 (working in a directory on /dev/shm), timed in the
# same run.  Each phase's time is the session's median minus the median
# of the same program doing nothing ("none"), so that zerovm's start-up
# is not counted.  Target: ZRT at least 1.0x native.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-10}
nexe=$top_builddir/bench/zrt/fsops.nexe
native=$top_builddir/bench/native-fsops
[ -f "$nexe" ] || { echo "memfs: $nexe is not built (no sysroot)"; exit 0; }
shm=${BENCH_SHM:-/dev/shm}
[ -d "$shm" ] && [ -w "$shm" ] || { echo "memfs: no writable $shm (tmpfs)"; exit 0; }
[ "$(stat -f -c %T "$shm")" = tmpfs ] || echo "memfs: note: $shm is not tmpfs"
dir=$(mktemp -d "$shm/zvm-bench.XXXXXX")
trap 'rm -rf "$tmp" "$dir"' EXIT

# The nexe's manifest for one phase, its arguments in nvram.  It works
# in /tmp, which is empty in memfs at start.
manifest() {
	bench_manifest "$tmp/$1.manifest" "$nexe" /dev/null "$tmp/$1.out"
	sed -i 's/^Memory = .*/Memory = 268435456, 0/' "$tmp/$1.manifest"
	printf '[args]\nargs = fsops %s /tmp\n' "$1" >"$tmp/$1.nvram"
	echo "Channel = $tmp/$1.nvram, /dev/nvram, 0, 0, 1000000, 1000000, 0, 0" >>"$tmp/$1.manifest"
}
for phase in none meta small; do
	manifest "$phase"
done

# Both builds must do the same work before they are timed.
for phase in none meta small; do
	"$ZEROVM" "$tmp/$phase.manifest" >/dev/null
	"$native" "$phase" "$dir" >"$tmp/$phase.native"
	cmp -s "$tmp/$phase.out" "$tmp/$phase.native" ||
		{ echo "memfs: $phase: the nexe and the native program disagree" >&2; exit 1; }
done

if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N -w 2 -r "$runs" --export-json "$tmp/h.json" \
		"$native none $dir" "$native meta $dir" "$native small $dir" \
		"$ZEROVM $tmp/none.manifest" "$ZEROVM $tmp/meta.manifest" "$ZEROVM $tmp/small.manifest" \
		>/dev/null 2>&1
	set -- $(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(" ".join("%.3f" % (x["median"] * 1000) for x in r))' "$tmp/h.json")
else
	set -- $(median_ms "$runs" "$native" none "$dir") $(median_ms "$runs" "$native" meta "$dir") \
		$(median_ms "$runs" "$native" small "$dir") $(median_ms "$runs" "$ZEROVM" "$tmp/none.manifest") \
		$(median_ms "$runs" "$ZEROVM" "$tmp/meta.manifest") $(median_ms "$runs" "$ZEROVM" "$tmp/small.manifest")
fi
report() {
	awk -v what="$1" -v n0="$2" -v n="$3" -v z0="$4" -v z="$5" 'BEGIN {
		printf "memfs: %-44s native %8.1f ms, zerovm %8.1f ms  (%.2fx native)\n",
			what, n - n0, z - z0, (n - n0) / (z - z0) }'
}
echo "memfs: start and end (subtracted below)               native $1 ms, zerovm $4 ms"
report "create+stat+unlink 100,000 files" "$1" "$2" "$4" "$5"
report "20,000 files: write 4 KiB, read back, unlink" "$1" "$3" "$4" "$6"
