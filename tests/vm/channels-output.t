#!/bin/sh
# channels-output.t - a write-only channel to a regular file is written to
# a new file beside its target and renamed into place only when the
# session ends ok (whatever the nexe's return code), so that a session
# that crashes, times out or is refused leaves the previous output intact
# and no temporary file behind.  The new file keeps the old one's mode.
# Read-write channels are the exception: they work in place, so what was
# written before a crash stays written.
. "$top_srcdir/tests/vm/iolib.sh"
plan 25
io_trap

mkdir "$tmp/o"
mkfifo "$tmp/hold"
out=$tmp/o/out

# listing: the names in $tmp/o, on one line
listing() {
	ls -A "$tmp/o" | tr '\n' ' ' | sed 's/ $//'
}

# --- during the session the target is untouched and the bytes go to a
# file beside it; at an ok end that file replaces the target.  The nexe
# waits on a FIFO that this shell holds open, so we can look meanwhile.
printf 'previous' >"$out"
chmod 640 "$out"
io_job 'w 3 0 new bytes\nr 0 1 0\ne 3\n' <<EOF
Channel = $out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
sed -i "s|^Channel = /dev/null, /dev/stdin,|Channel = $tmp/hold, /dev/stdin,|" "$tmp/io.manifest"
exec 7<>"$tmp/hold"
rm -f "$tmp/log"
"$ZEROVM" "$tmp/io.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null 7>&- &
zv=$!
bg_track $zv
tries=0
until [ "$(cat "$tmp"/o/.out.zerovm-* 2>/dev/null)" = "new bytes" ] || [ $tries -ge 600 ]; do
	sleep 0.05
	tries=$((tries + 1))
done
is previous "$(cat "$out")" "during the session the target keeps its bytes"
like ".out.zerovm-" "$(listing)" "the output is written beside it, as .out.zerovm-XXXXXX"
is "new bytes" "$(cat "$tmp"/o/.out.zerovm-* 2>/dev/null)" "the file beside it has the new bytes"
printf 'x' >&7
bg_wait $zv
status=$?
exec 7>&-
is "0 3 ok" "$status $(report 3) $(report 6)" "the session ends ok with return code 3"
is "new bytes" "$(cat "$out")" "at an ok end the new bytes are in place"
is out "$(listing)" "and nothing else is left in the directory"
is 640 "$(stat -c %a "$out")" "the new file has the old one's mode"

# --- a new output gets the mode creat() would give under the umask.
io_job 'w 3 0 fresh\n' <<EOF
Channel = $tmp/o/new, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
(umask 027 && io_run)
is 640 "$(stat -c %a "$tmp/o/new")" "a new output is 0666 less the umask (027)"
rm -f "$tmp/o/new"

# --- a crash: the nexe writes, then touches memory past its heap.
printf 'previous' >"$out"
io_job 'w 3 0 doomed\nh 4294967296\n' <<EOF
Channel = $out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
is 7 "$status" "crash: zerovm exits 7"
like "Signal 11 from untrusted code" "$(report 6)" "crash: the exit state names the signal"
is "= 6" "$(cat "$tmp/log")" "crash: the write had succeeded"
is previous "$(cat "$out")" "crash: the previous output is intact"
is out "$(listing)" "crash: no temporary file is left"

# --- a timeout: the nexe writes, then waits forever on its stdin.
io_job 'w 3 0 doomed\nr 0 1 0\n' 33554432 1 <<EOF
Channel = $out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
sed -i "s|^Channel = /dev/null, /dev/stdin,|Channel = $tmp/hold, /dev/stdin,|" "$tmp/io.manifest"
exec 7<>"$tmp/hold"
io_run
exec 7>&-
is "6 session timeout" "$status $(report 6)" "timeout: zerovm exits 6, exit state session timeout"
is "= 6" "$(cat "$tmp/log")" "timeout: the write had succeeded"
is previous "$(cat "$out")" "timeout: the previous output is intact"
is out "$(listing)" "timeout: no temporary file is left"

# --- a refused nexe: the outputs were opened, then abandoned.
printf 'not a nexe\n' >"$tmp/text.nexe"
{
	std_channels
	echo "Channel = $out, /dev/a, 0, 0, 0, 0, 100, 1000"
} | manifest "$tmp/refused.manifest" "$tmp/text.nexe"
zerovm_run "$tmp/refused.manifest"
is 4 "$status" "refused nexe: zerovm exits 4"
is previous "$(cat "$out")" "refused nexe: the previous output is intact"
is out "$(listing)" "refused nexe: no temporary file is left"

# --- read-write channels work in place: a crash keeps what was written.
printf 'abc' >"$tmp/o/rw"
io_job 'w 3 0 X\nh 4294967296\n' <<EOF
Channel = $tmp/o/rw, /dev/a, 3, 0, 10, 10, 10, 10
EOF
io_run
is 7 "$status" "rw crash: zerovm exits 7"
is Xbc "$(cat "$tmp/o/rw")" "rw crash: the write before the crash is in the file"
is "out rw" "$(listing)" "rw crash: nothing is made beside a read-write file"
rm -f "$tmp/o/rw"

# --- an output that is also written by an ok session after a failed one.
io_job 'w 3 0 second try\n' <<EOF
Channel = $out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
is "0 second try" "$status $(cat "$out")" "the next ok session replaces the output"
is out "$(listing)" "and leaves nothing else"
