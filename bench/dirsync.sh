#!/bin/bash
# dirsync.sh - zvsh --zvm-dir over a directory of 1000 files of 1 KiB,
# with a program that changes nothing: ro (pack only) as the baseline,
# against rw (the tree replaced) and sync (the changes applied in place),
# same run.  Target: sync no slower than rw, close to ro.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-15}
files=${BENCH_FILES:-1000}
nexe=$top_builddir/bench/zrt/tarread.nexe
zvsh=$top_builddir/zvsh/zvsh
[ -f "$nexe" ] || { echo "dirsync: $nexe is not built (no sysroot)"; exit 0; }
export ZEROVM

# 10 directories of $files/10 files of 1 KiB, deterministic contents.
d=$tmp/dir
python3 - "$d" "$files" <<'PY'
import os, random, sys
rng = random.Random(20130611)
top, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    sub = os.path.join(top, "d%d" % (i % 10))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "f%04d" % i), "wb") as f:
        f.write(rng.randbytes(1024))
PY

# The runs must work (and sync change nothing) before they are timed.
ino=$(stat -c %i "$d/d3/f0003")
for mode in ro rw sync; do
	"$zvsh" --zvm-dir "$d,/d,$mode" "$nexe" >/dev/null
done
[ "$(stat -c %i "$d/d3/f0003")" != "$ino" ] || { echo "dirsync: rw kept the file" >&2; exit 1; }
ino=$(stat -c %i "$d/d3/f0003")
"$zvsh" --zvm-dir "$d,/d,sync" "$nexe" >/dev/null
[ "$(stat -c %i "$d/d3/f0003")" = "$ino" ] || { echo "dirsync: sync replaced an unchanged file" >&2; exit 1; }

ms() {
	median_ms "$runs" "$zvsh" --zvm-dir "$d,/d,$1" "$nexe"
}
ro=$(ms ro)
rw=$(ms rw)
sync=$(ms sync)
echo "dirsync: $files files, ro (baseline)  median $ro ms"
echo "dirsync: rw                     median $rw ms  ($(ratio "$rw" "$ro") x ro)"
echo "dirsync: sync, nothing changed  median $sync ms  ($(ratio "$sync" "$ro") x ro, $(ratio "$sync" "$rw") x rw)"
