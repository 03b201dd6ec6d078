#!/bin/sh
# channels-fifo.t - channels on FIFOs, the way sessions are chained into
# pipelines: sequential read-only and write-only channels work, reads end
# with 0 when the writer closes (a read that still counts), sequential
# reads ignore the offset, a FIFO stays a FIFO (no file is made beside it
# or renamed over it), and a large stream crosses intact.  What a FIFO
# refuses is in channels-refuse.t.
. "$top_srcdir/tests/vm/iolib.sh"
plan 17
io_trap

mkdir "$tmp/p"
mkfifo "$tmp/p/in" "$tmp/p/out"

# --- sequential read-only: the offset is ignored, the end reads as 0.
io_job 'r 3 4 1000\nr 3 100 0\nr 3 100 0\n' <<EOF
Channel = $tmp/p/in, /dev/a, 0, 0, 100, 1000, 0, 0
EOF
printf 'abcdefghij' >"$tmp/p/in" &
bg_track $!
io_run
bg_wait $!
is 0 "$status" "seq ro: zerovm exits 0"
is "$(printf '= 4 %s\n= 6 %s\n= 0' "$(hex abcd)" "$(hex efghij)")" "$(cat "$tmp/log")" \
	"seq ro: the bytes in order, whatever the offset, then 0 at the writer's close"
printf 'abcdefghij' >"$tmp/p/in" &
bg_track $!
io_quiet
bg_wait $!
is "$(script_acct | awk '{ print $1 + 3, $2 + 10 }') 0 0 0 0 0 0" "$(accounting)" \
	"seq ro: accounting counts 3 reads (the one at the end too) of 10 bytes"

# --- type 2 read-only: the random-write half is unused, reads are sequential.
io_job 'r 3 3 5\nr 3 100 0\n' <<EOF
Channel = $tmp/p/in, /dev/a, 2, 0, 100, 1000, 0, 0
EOF
printf 'xyz' >"$tmp/p/in" &
bg_track $!
io_run
bg_wait $!
is 0 "$status" "type 2 ro: zerovm exits 0"
is "$(printf '= 3 %s\n= 0' "$(hex xyz)")" "$(cat "$tmp/log")" "type 2 ro: sequential reads"

# --- sequential write-only: the bytes reach the reader; nothing is made
# beside the FIFO.
cat "$tmp/p/out" >"$tmp/drained" &
bg_track $!
io_job 'w 3 0 hello\nw 3 9 , fifo\n' <<EOF
Channel = $tmp/p/out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
bg_wait $!
is 0 "$status" "seq wo: zerovm exits 0"
is "$(printf '= 5\n= 6')" "$(cat "$tmp/log")" "seq wo: both writes succeed in full"
is "hello, fifo" "$(cat "$tmp/drained")" "seq wo: the reader got the bytes in order"
ok "seq wo: the FIFO is still a FIFO" test -p "$tmp/p/out"
is "in out" "$(ls -A "$tmp/p" | tr '\n' ' ' | sed 's/ $//')" \
	"seq wo: no file was made beside the FIFO"

# --- type 1 write-only: the random-read half is unused, writes append.
cat "$tmp/p/out" >"$tmp/drained" &
bg_track $!
io_job 'w 3 7 one\nw 3 0 two\n' <<EOF
Channel = $tmp/p/out, /dev/a, 1, 0, 0, 0, 100, 1000
EOF
io_run
bg_wait $!
is 0 "$status" "type 1 wo: zerovm exits 0"
is onetwo "$(cat "$tmp/drained")" "type 1 wo: the writes arrive in order"

# --- a stream larger than a pipe's buffer, FIFO to FIFO, through the
# echo nexe's 64 KiB reads and writes.
head -c 300000 /dev/urandom >"$tmp/big"
{
	std_channels "$tmp/p/in" "$tmp/p/out"
} | manifest "$tmp/echo.manifest" "$(nexe echo)"
cat "$tmp/big" >"$tmp/p/in" &
bg_track $!
feeder=$!
cat "$tmp/p/out" >"$tmp/drained" &
bg_track $!
zerovm_run "$tmp/echo.manifest"
bg_wait $feeder
bg_wait $!
is 0 "$status" "stream: zerovm exits 0"
ok "stream: 300000 bytes crossed intact" cmp "$tmp/big" "$tmp/drained"
is $((300000 % 256)) "$(report 3)" "stream: the nexe counted every byte"
is ok "$(report 6)" "stream: exit state ok"
is "" "$(cat "$tmp/zerovm.err")" "nothing on zerovm's stderr"
