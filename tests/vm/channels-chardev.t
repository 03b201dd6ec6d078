#!/bin/sh
# channels-chardev.t - channels on character devices: /dev/null for the
# four one-way kinds (sequential and random, read-only and write-only),
# /dev/zero for reads that return bytes, /dev/full for a write the host
# refuses.  A device is never replaced by a renamed file, a read of
# nothing still counts, and a failed host write is answered with -errno
# without ending the session.  What a device refuses is in
# channels-refuse.t.
. "$top_srcdir/tests/vm/iolib.sh"
plan 16

# --- sequential read-only: /dev/null is at its end at once.
io_job 'r 3 10 0\nr 3 10 7\n' <<EOF
Channel = /dev/null, /dev/a, 0, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "seq ro: zerovm exits 0"
is "$(printf '= 0\n= 0')" "$(cat "$tmp/log")" "seq ro: every read returns 0"
io_quiet
is "$(script_acct | awk '{ print $1 + 2, $2 }') 0 0 0 0 0 0" "$(accounting)" \
	"seq ro: accounting counts both reads, of 0 bytes"

# --- random read-only: any offset reads 0.
io_job 'r 3 10 5\nr 3 10 0\n' <<EOF
Channel = /dev/null, /dev/a, 1, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "random ro: zerovm exits 0"
is "$(printf '= 0\n= 0')" "$(cat "$tmp/log")" "random ro: every read returns 0"

# --- sequential and random write-only: everything is taken.
io_job 'w 3 0 hello\nw 4 100 world!\n' <<EOF
Channel = /dev/null, /dev/a, 0, 0, 0, 0, 100, 1000
Channel = /dev/null, /dev/b, 2, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "wo: zerovm exits 0"
is "$(printf '= 5\n= 6')" "$(cat "$tmp/log")" "wo: sequential and random writes succeed in full"
ok "wo: /dev/null is still a character device" test -c /dev/null
io_quiet
is "$(script_acct) 2 11 0 0 0 0" "$(accounting)" "wo: accounting counts 2 writes of 11 bytes"

# --- /dev/zero gives zeros, sequentially or at an offset.
io_job 'r 3 4 0\nr 4 3 1000\n' <<EOF
Channel = /dev/zero, /dev/a, 0, 0, 100, 1000, 0, 0
Channel = /dev/zero, /dev/b, 1, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "/dev/zero: zerovm exits 0"
is "$(printf '= 4 00000000\n= 3 000000')" "$(cat "$tmp/log")" "/dev/zero: reads return zeros"

# --- /dev/full refuses writes: the nexe gets -ENOSPC and goes on.
io_job 'w 3 0 x\nw 3 0 y\ne 7\n' <<EOF
Channel = /dev/full, /dev/a, 0, 0, 0, 0, 100, 1000
EOF
io_run
is 0 "$status" "/dev/full: zerovm exits 0"
is "$(printf '= -28\n= -28')" "$(cat "$tmp/log")" "/dev/full: each write gets -28 (ENOSPC)"
is "7 ok" "$(report 3) $(report 6)" "/dev/full: the session goes on to its own exit"
io_quiet
is "$(script_acct) 0 0 0 0 0 0" "$(accounting)" "/dev/full: failed writes are not counted"
is "" "$(cat "$tmp/zerovm.err")" "nothing on zerovm's stderr"
