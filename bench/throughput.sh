#!/bin/bash
# throughput.sh - channel throughput, 1 GiB: stdin -> stdout through pipes
# and file -> file, the cat nexe under zerovm against native cat in the
# same run.  Target: at least 0.8x native.
. "$top_srcdir/bench/benchlib.sh"

size_mb=${BENCH_MB:-1024}
head -c "${size_mb}M" /dev/urandom >"$tmp/in"
bench_manifest "$tmp/pipe.manifest" "$BENCH_NEXE/cat.nexe" /dev/stdin /dev/stdout
bench_manifest "$tmp/file.manifest" "$BENCH_NEXE/cat.nexe" "$tmp/in" "$tmp/out-zvm"

mbps() {
	awk -v s="$1" -v m="$size_mb" 'BEGIN { printf "%.0f", m / s }'
}

pipe_native=$(secs sh -c "cat '$tmp/in' | cat | cat >/dev/null")
pipe_zvm=$(secs sh -c "cat '$tmp/in' | '$ZEROVM' -T /dev/null '$tmp/pipe.manifest' | cat >/dev/null")
file_native=$(secs sh -c "cat '$tmp/in' >'$tmp/out-native'")
file_zvm=$(secs "$ZEROVM" -T /dev/null "$tmp/file.manifest")
cmp -s "$tmp/in" "$tmp/out-zvm" || { echo "throughput: output differs from input" >&2; exit 1; }
echo "throughput: pipe  native cat $(mbps "$pipe_native") MB/s, zerovm $(mbps "$pipe_zvm") MB/s  ($(ratio "$pipe_native" "$pipe_zvm")x native)"
echo "throughput: file  native cat $(mbps "$file_native") MB/s, zerovm $(mbps "$file_zvm") MB/s  ($(ratio "$file_native" "$file_zvm")x native)"
