#!/bin/sh
# channels-quota.t - the four per-channel limits, hit exactly: after the
# last allowed read (gets) or write (puts) the next one is -122 (EDQUOT);
# a read or write crossing the byte limit (get_size, put_size) is cut to
# what remains, and the next is -122; a read at the end of input uses up
# one of the gets; a channel with no read (or write) quota answers -122 to
# every read (or write).  Quota refusals move nothing and count nothing,
# the session goes on, and the report's accounting line (line 5) has the
# exact totals.
. "$top_srcdir/tests/vm/iolib.sh"
plan 11

printf 'abcdefghij' >"$tmp/a"
printf '0123456789ABCDEFGHIJ' >"$tmp/b"
printf 'xy' >"$tmp/e"
io_job 'r 3 1 0\nr 3 1 0\nr 3 1 0\nr 3 1 0\nr 3 1 0
r 4 4 0\nr 4 4 0\nr 4 4 0\nr 4 4 0\nr 4 0 0
w 5 0 one\nw 5 0 two\nw 5 0 three
W 6 4 0\nW 6 4 0\nW 6 4 0\nW 6 4 0
r 7 10 0\nr 7 10 0\nr 7 10 0
r 5 1 0\nw 3 0 z\ne 5\n' <<EOF
Channel = $tmp/a, /dev/a, 0, 0, 3, 1000, 0, 0
Channel = $tmp/b, /dev/b, 0, 0, 100, 10, 0, 0
Channel = $tmp/c, /dev/c, 0, 0, 0, 0, 2, 1000
Channel = $tmp/d, /dev/d, 0, 0, 0, 0, 100, 10
Channel = $tmp/e, /dev/e, 0, 0, 2, 1000, 0, 0
EOF
io_run
is 0 "$status" "zerovm exits 0"
is "5 ok" "$(report 3) $(report 6)" "spent quotas do not end the session"
is "$(printf '= 1 %s\n= 1 %s\n= 1 %s\n= -122\n= -122' "$(hex a)" "$(hex b)" "$(hex c)")" \
	"$(sed -n 1,5p "$tmp/log")" "gets = 3: three reads, then -122"
is "$(printf '= 4 %s\n= 4 %s\n= 2 %s\n= -122\n= -122' "$(hex 0123)" "$(hex 4567)" "$(hex 89)")" \
	"$(sed -n 6,10p "$tmp/log")" "get_size = 10: 4 + 4 + the 2 that remain, then -122"
is "$(printf '= 3\n= 3\n= -122')" "$(sed -n 11,13p "$tmp/log")" "puts = 2: two writes, then -122"
is "$(printf '= 4\n= 4\n= 2\n= -122')" "$(sed -n 14,17p "$tmp/log")" \
	"put_size = 10: 4 + 4 + the 2 that remain, then -122"
is "$(printf '= 2 %s\n= 0\n= -122' "$(hex xy)")" "$(sed -n 18,20p "$tmp/log")" \
	"gets = 2: the read at the end of input counts, the next is -122"
is "$(printf '= -122\n= -122')" "$(sed -n 21,22p "$tmp/log")" \
	"no read quota on an output, no write quota on an input: -122"
is "onetwo" "$(cat "$tmp/c")" "puts: the refused write wrote nothing"
is "xxxxxxxxxx" "$(cat "$tmp/d")" "put_size: exactly 10 bytes written"
io_quiet
is "$(script_acct | awk '{ print $1 + 8, $2 + 15 }') 5 16 0 0 0 0" "$(accounting)" \
	"accounting: 8 reads of 15 bytes, 5 writes of 16 bytes, on top of the script"
