#!/bin/sh
# channels-offsets.t - what the offset argument of zvm_pread/zvm_pwrite
# does: a random read reads at it and is clamped to the file's size, at or
# beyond the end (however far) it returns 0, a negative one is -22
# (EINVAL); sequential reads and writes ignore it, even when negative; a
# random write goes to it and a negative one is -22.  Reads that return 0
# count in the accounting line; refused ones do not.
. "$top_srcdir/tests/vm/iolib.sh"
plan 12

printf '0123456789' >"$tmp/digits"

# --- reads: /dev/a random, /dev/b sequential, the same ten bytes.
io_job 'r 3 3 4\nr 3 5 8\nr 3 3 10\nr 3 3 1000000\nr 3 3 0x7fffffffffffffff\nr 3 3 -1\nr 3 3 -4096\nr 3 0 3\nr 4 3 -1\nr 4 3 1000\nr 4 100 2\nr 4 100 0\n' <<EOF
Channel = $tmp/digits, /dev/a, 1, 0, 100, 1000, 0, 0
Channel = $tmp/digits, /dev/b, 0, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "reads: zerovm exits 0"
sed -n 1,2p "$tmp/log" >"$tmp/got"
is "$(printf '= 3 %s\n= 2 %s' "$(hex 456)" "$(hex 89)")" "$(cat "$tmp/got")" \
	"random read at offset 4; a read across the end is clamped to it"
is "$(printf '= 0\n= 0\n= 0')" "$(sed -n 3,5p "$tmp/log")" \
	"random reads at the size, far beyond and at the largest offset return 0"
is "$(printf '= -22\n= -22')" "$(sed -n 6,7p "$tmp/log")" \
	"random reads at negative offsets return -22 (EINVAL)"
is "= 0" "$(sed -n 8p "$tmp/log")" "a read of 0 bytes returns 0"
is "$(printf '= 3 %s\n= 3 %s\n= 4 %s\n= 0' "$(hex 012)" "$(hex 345)" "$(hex 6789)")" \
	"$(sed -n '9,$p' "$tmp/log")" "sequential reads ignore the offset, even a negative one"
io_quiet
is "$(script_acct | awk '{ print $1 + 10, $2 + 15 }') 0 0 0 0 0 0" "$(accounting)" \
	"reads: 10 counted (those returning 0 too, not the refused), 15 bytes"

# --- writes: /dev/a random, /dev/b sequential.
io_job 'w 3 -1 x\nw 3 2 cd\nw 3 0 ab\nw 4 -5 seq\nw 4 0 uential\n' <<EOF
Channel = $tmp/ra, /dev/a, 2, 0, 0, 0, 100, 1000
Channel = $tmp/sq, /dev/b, 0, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "writes: zerovm exits 0"
is "$(printf '= -22\n= 2\n= 2\n= 3\n= 7')" "$(cat "$tmp/log")" \
	"a random write at a negative offset is -22; sequential writes ignore it"
is "abcd sequential" "$(cat "$tmp/ra") $(cat "$tmp/sq")" \
	"random writes land at their offsets, sequential ones in order"
io_quiet
is "$(script_acct) 4 14 0 0 0 0" "$(accounting)" "writes: 4 counted, of 14 bytes"

# --- read-write type 3: negative offsets are refused both ways.
printf 'abc' >"$tmp/rw"
io_job 'r 3 1 -1\nw 3 -2 x\n' <<EOF
Channel = $tmp/rw, /dev/a, 3, 0, 10, 10, 10, 10
EOF
io_run
is "$(printf '= -22\n= -22') abc" "$(cat "$tmp/log") $(cat "$tmp/rw")" \
	"random rw: a negative offset is -22 for reads and writes, the file unchanged"
