#!/bin/bash
# throughput.sh - channel throughput, 1 GiB: stdin -> stdout through pipes
# and file -> file, the cat nexe under zerovm against native cat in the
# same run.  Target: at least 0.8x native.  Native cat copies a file with
# copy_file_range(2), in the kernel; the nexe's bytes pass through its
# buffer.
. "$top_srcdir/bench/benchlib.sh"

size_mb=${BENCH_MB:-1024}
head -c "${size_mb}M" /dev/urandom >"$tmp/in"
bench_manifest "$tmp/pipe.manifest" "$BENCH_NEXE/cat.nexe" /dev/stdin /dev/stdout
bench_manifest "$tmp/file.manifest" "$BENCH_NEXE/cat.nexe" "$tmp/in" "$tmp/out-zvm"

mbps() {
	awk -v s="$1" -v m="$size_mb" 'BEGIN { printf "%.0f", m / s }'
}

# Each run starts with the disk quiet (sync) and without the output file,
# alternating native and zerovm; the medians of $repeat runs count.
repeat=${BENCH_REPEAT:-3}
pn=() pz=() fn=() fz=()
for _ in $(seq "$repeat"); do
	sync
	pn+=("$(secs sh -c "cat '$tmp/in' | cat | cat >/dev/null")")
	sync
	pz+=("$(secs sh -c "cat '$tmp/in' | '$ZEROVM' -T /dev/null '$tmp/pipe.manifest' | cat >/dev/null")")
	rm -f "$tmp/out-native" "$tmp/out-zvm"
	sync
	fn+=("$(secs sh -c "cat '$tmp/in' >'$tmp/out-native'")")
	sync
	fz+=("$(secs "$ZEROVM" -T /dev/null "$tmp/file.manifest")")
	cmp -s "$tmp/in" "$tmp/out-zvm" || { echo "throughput: output differs from input" >&2; exit 1; }
done
pipe_native=$(median "${pn[@]}")
pipe_zvm=$(median "${pz[@]}")
file_native=$(median "${fn[@]}")
file_zvm=$(median "${fz[@]}")
echo "throughput: pipe  native cat $(mbps "$pipe_native") MB/s, zerovm $(mbps "$pipe_zvm") MB/s  ($(ratio "$pipe_native" "$pipe_zvm")x native)"
echo "throughput: file  native cat $(mbps "$file_native") MB/s, zerovm $(mbps "$file_zvm") MB/s  ($(ratio "$file_native" "$file_zvm")x native)"
