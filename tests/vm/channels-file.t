#!/bin/sh
# channels-file.t - the six kinds of channel on a regular file, byte for
# byte: sequential and random read-only, sequential and random write-only,
# CDR (type 1 read-write: random reads, appending writes) and random
# read-write (type 3).  Write-only files are made anew and renamed into
# place (a new inode, nothing left of the old bytes); read-write files are
# changed in place (same inode), and created when missing.
. "$top_srcdir/tests/vm/iolib.sh"
plan 31

inode() {
	stat -c %i "$1"
}

# --- sequential read-only: the offset is ignored, the end reads as 0.
printf 'abcdefghij' >"$tmp/in"
io_job 'r 3 4 0\nr 3 4 7\nr 3 4 0\nr 3 4 0\n' <<EOF
Channel = $tmp/in, /dev/a, 0, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "seq ro: zerovm exits 0"
is "$(printf '= 4 %s\n= 4 %s\n= 2 %s\n= 0' "$(hex abcd)" "$(hex efgh)" "$(hex ij)")" \
	"$(cat "$tmp/log")" "seq ro: reads go on from where the last one ended, then 0"
is abcdefghij "$(cat "$tmp/in")" "seq ro: the file is unchanged"
is ok "$(report 6)" "seq ro: exit state ok"

# --- random read-only: each read at its own offset, clamped to the size.
io_job 'r 3 4 6\nr 3 3 0\nr 3 4 8\nr 3 4 10\n' <<EOF
Channel = $tmp/in, /dev/a, 1, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "random ro: zerovm exits 0"
is "$(printf '= 4 %s\n= 3 %s\n= 2 %s\n= 0' "$(hex ghij)" "$(hex abc)" "$(hex ij)")" \
	"$(cat "$tmp/log")" "random ro: reads at offsets 6, 0, 8 and 10"
is abcdefghij "$(cat "$tmp/in")" "random ro: the file is unchanged"

# --- sequential write-only: the offset is ignored; the old bytes are gone.
printf 'old contents, longer than the new ones\n' >"$tmp/out"
before=$(inode "$tmp/out")
io_job 'w 3 0 hello\nw 3 100 , world\n' <<EOF
Channel = $tmp/out, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "seq wo: zerovm exits 0"
is "$(printf '= 5\n= 7')" "$(cat "$tmp/log")" "seq wo: both writes succeed in full"
is "hello, world" "$(cat "$tmp/out")" "seq wo: the file holds exactly what was written"
ok "seq wo: the output is a new file renamed into place" test "$before" != "$(inode "$tmp/out")"

# --- random write-only: writes land at their offsets, a gap reads as zeros.
printf 'old contents, longer than the new ones\n' >"$tmp/out"
io_job 'w 3 6 world\nw 3 0 hello\n' <<EOF
Channel = $tmp/out, /dev/a, 2, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "random wo: zerovm exits 0"
is "$(printf '= 5\n= 5')" "$(cat "$tmp/log")" "random wo: both writes succeed in full"
printf 'hello\000world' >"$tmp/want"
ok "random wo: the file is 'hello', a zero byte, 'world', and nothing more" \
	cmp "$tmp/want" "$tmp/out"

# --- CDR (type 1 read-write): random reads, writes appended at the end
# whatever their offset; reads see what was appended.
printf 'abc' >"$tmp/rw"
before=$(inode "$tmp/rw")
io_job 'r 3 10 0\nw 3 0 XYZ\nr 3 10 0\nw 3 1 Q\nr 3 10 2\n' <<EOF
Channel = $tmp/rw, /dev/a, 1, 0, 100, 1000, 100, 1000
EOF
io_run
is 0 "$status" "CDR: zerovm exits 0"
is "$(printf '= 3 %s\n= 3\n= 6 %s\n= 1\n= 5 %s' "$(hex abc)" "$(hex abcXYZ)" "$(hex cXYZQ)")" \
	"$(cat "$tmp/log")" "CDR: writes append at the end, reads see them"
is abcXYZQ "$(cat "$tmp/rw")" "CDR: the file is changed as written"
is "$before" "$(inode "$tmp/rw")" "CDR: in place (same inode)"

# A second session appends after the first one's bytes.
io_job 'w 3 0 +\nr 3 1 7\n' <<EOF
Channel = $tmp/rw, /dev/a, 1, 0, 100, 1000, 100, 1000
EOF
io_run
is "$(printf '= 1\n= 1 %s' "$(hex +)")" "$(cat "$tmp/log")" \
	"CDR: the next session appends at the file's end"
is "abcXYZQ+" "$(cat "$tmp/rw")" "CDR: the file keeps both sessions' bytes"

# --- random read-write (type 3): reads and writes at their offsets,
# in place; writing past the end grows the file with zeros between.
printf 'abcdef' >"$tmp/rw3"
before=$(inode "$tmp/rw3")
io_job 'w 3 2 XY\nr 3 10 0\nw 3 8 Z\nr 3 10 0\nr 3 10 9\n' <<EOF
Channel = $tmp/rw3, /dev/a, 3, 0, 100, 1000, 100, 1000
EOF
io_run
is 0 "$status" "random rw: zerovm exits 0"
is "$(printf '= 2\n= 6 %s\n= 1\n= 9 %s0000%s\n= 0' "$(hex abXYef)" "$(hex abXYef)" "$(hex Z)")" \
	"$(cat "$tmp/log")" "random rw: writes at offsets 2 and 8, reads see them, 9 is the end"
printf 'abXYef\000\000Z' >"$tmp/want"
ok "random rw: the file is changed as written" cmp "$tmp/want" "$tmp/rw3"
is "$before" "$(inode "$tmp/rw3")" "random rw: in place (same inode)"
is "$(script_acct | awk '{ print $1 + 3, $2 + 15 }') 2 3 0 0 0 0" \
	"$(printf 'abcdef' >"$tmp/rw3"; io_quiet; accounting)" \
	"random rw: accounting counts 3 reads of 15 bytes and 2 writes of 3"

# --- a read-write channel to a missing file creates it.
io_job 'w 3 0 new\nr 3 10 0\n' <<EOF
Channel = $tmp/made, /dev/a, 3, 0, 100, 1000, 100, 1000
EOF
io_run
is 0 "$status" "rw on a missing file: zerovm exits 0"
is "$(printf '= 3\n= 3 %s' "$(hex new)")" "$(cat "$tmp/log")" \
	"rw on a missing file: reads see what was written"
is new "$(cat "$tmp/made")" "rw on a missing file: it is created"

# --- a write-only channel to a missing file creates it too.
io_job 'w 3 0 fresh\n' <<EOF
Channel = $tmp/made-wo, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "wo on a missing file: zerovm exits 0"
is fresh "$(cat "$tmp/made-wo")" "wo on a missing file: it is created"
is "" "$(cat "$tmp/zerovm.err")" "nothing on zerovm's stderr"
