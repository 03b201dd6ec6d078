#!/bin/sh
# nexe-extent.t - zerovm reads only the part of a nexe the loader uses:
# the ELF header, the program headers and the segments' file bytes.  What
# follows them (section headers, symbols, debugging information; here 64
# MiB appended to the file) is never read: a running zerovm's rchar
# (/proc/PID/io, the bytes its read calls returned) stays far below it,
# and the nexe still checks and runs the same.  A nexe cut inside its
# segments is still refused as truncated, with the file's real size.
. "$top_srcdir/tests/vm/iolib.sh"
plan 7

big=$((64 * 1024 * 1024))
cp "$(nexe loop)" "$tmp/loop.nexe"
truncate -s +$big "$tmp/loop.nexe"
cp "$(nexe hello)" "$tmp/hello.nexe"
truncate -s +$big "$tmp/hello.nexe"

std_channels | manifest "$tmp/hello.manifest" "$tmp/hello.nexe"
zerovm_run "$tmp/hello.manifest"
is "0 ok" "$status $(report 6)" "a nexe with 64 MiB after its segments runs"
is "hello, world" "$(cat "$tmp/stdout")" "... and writes what it writes"
zerovm_run -F "$tmp/hello.manifest"
is 0 "$status" "... and passes -F"

# The loop nexe spins until its Timeout; meanwhile zerovm's counters are
# readable.
std_channels | manifest "$tmp/loop.manifest" "$tmp/loop.nexe" 33554432 30
"$ZEROVM" "$tmp/loop.manifest" >/dev/null 2>&1 &
pid=$!
bg_track "$pid"
# has_child PID: some process's parent is PID.
has_child() {
	for f in /proc/[0-9]*/stat; do
		st=$(cat "$f" 2>/dev/null) || continue
		set -- ${st##*) }
		[ "$2" = "$pid" ] && return 0
	done
	return 1
}
rchar=
n=0
while [ $n -lt 50 ]; do
	# The child exists once the session runs: zerovm has read all it reads.
	if has_child; then
		rchar=$(awk '$1 == "rchar:" { print $2 }' "/proc/$pid/io" 2>/dev/null)
		break
	fi
	sleep 0.1
	n=$((n + 1))
done
bg_wait "$pid" 0
diag "zerovm read $rchar bytes for a nexe of $(stat -c %s "$tmp/loop.nexe")"
ok "the session started" test -n "$rchar"
ok "zerovm read less than 1 MiB of the 64 MiB nexe" test "${rchar:-$big}" -lt 1048576

# Cut inside the last segment's file bytes: truncated, whatever is read.
loop=$(nexe loop)
end=0
for e in $(readelf -lW "$loop" | awk '$1 == "LOAD" { print $2 "+" $5 }'); do
	[ $(($e)) -gt $end ] && end=$(($e))
done
head -c $((end - 1)) "$loop" >"$tmp/cut.nexe"
std_channels | manifest "$tmp/cut.manifest" "$tmp/cut.nexe"
zerovm_run -F "$tmp/cut.manifest"
is 4 "$status" "a nexe cut inside a segment is refused (status 4)"
like "but the file has 0x$(printf '%x' $((end - 1)))" "$(cat "$tmp/zerovm.err")" \
	"... as truncated, with the file's size"
