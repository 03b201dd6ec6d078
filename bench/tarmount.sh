#!/bin/bash
# tarmount.sh - mounting a tar image of 10,000 files (100 MiB, made here
# with deterministic contents) read-only at /data and reading one file,
# against the same nexe with no [fstab] in the same run.  Target: the
# whole session at most 50 ms.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-30}
nexe=$top_builddir/bench/zrt/tarread.nexe
[ -f "$nexe" ] || { echo "tarmount: $nexe is not built (no sysroot)"; exit 0; }

# 100 directories of 100 files of 10,486 bytes: 100 MiB of data.
python3 - "$tmp/image.tar" <<'PY'
import io, random, sys, tarfile
rng = random.Random(20130611)
with tarfile.open(sys.argv[1], "w", format=tarfile.PAX_FORMAT) as t:
    for d in range(100):
        info = tarfile.TarInfo("d%02d" % d)
        info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 1700000000
        t.addfile(info)
        for f in range(100):
            data = rng.randbytes(10486)
            info = tarfile.TarInfo("d%02d/f%03d" % (d, f))
            info.size, info.mode, info.mtime = len(data), 0o644, 1700000000
            t.addfile(info, io.BytesIO(data))
PY

# manifest FILE NVRAM [IMAGE]: 64 MiB of Memory, less than the image: the
# files' contents stay in the image channel.
manifest() {
	bench_manifest "$1" "$nexe" /dev/null "$tmp/out"
	echo "Channel = $2, /dev/nvram, 0, 0, 1000000, 1000000, 0, 0" >>"$1"
	[ -z "${3:-}" ] || echo "Channel = $3, /dev/image, 1, 0, 1000000, 1099511627776, 0, 0" >>"$1"
}
printf '[args]\nargs = tarread\n' >"$tmp/base.nvram"
printf '[args]\nargs = tarread /data/d57/f042\n[fstab]\nchannel = /dev/image, mountpoint = /data, access = ro\n' \
	>"$tmp/mount.nvram"
manifest "$tmp/base.manifest" "$tmp/base.nvram"
manifest "$tmp/mount.manifest" "$tmp/mount.nvram" "$tmp/image.tar"

# The mount must work before it is timed.
"$ZEROVM" "$tmp/mount.manifest" >/dev/null
read -r _ size _ <"$tmp/out"
[ "$size" = 10486 ] || { echo "tarmount: read $size bytes, not 10486" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N -w 3 -r "$runs" --export-json "$tmp/h.json" \
		"$ZEROVM $tmp/base.manifest" "$ZEROVM $tmp/mount.manifest" >/dev/null 2>&1
	# Wall time, and CPU time (user + system, means), which a busy host
	# inflates less.
	set -- $(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(" ".join("%.3f %.3f" % (x["median"] * 1000, (x["user"] + x["system"]) * 1000) for x in r))' "$tmp/h.json")
	base=$1 base_cpu=", cpu $2 ms" mount=$3 mount_cpu=", cpu $4 ms"
else
	base=$(median_ms "$runs" "$ZEROVM" "$tmp/base.manifest") base_cpu=
	mount=$(median_ms "$runs" "$ZEROVM" "$tmp/mount.manifest") mount_cpu=
fi
echo "tarmount: no mount (baseline)           median $base ms$base_cpu"
echo "tarmount: mount 10,000 files / 100 MiB  median $mount ms$mount_cpu  (the mount: $(awk -v a="$mount" -v b="$base" 'BEGIN { printf "%.1f", a - b }') ms; target: session <= 50 ms)"
