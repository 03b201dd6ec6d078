#!/bin/sh
# channels-order.t - the channel table as the nexe sees it in the user
# manifest: /dev/stdin, /dev/stdout, /dev/stderr are descriptors 0, 1, 2
# wherever the manifest lists them, the rest follow in strcmp order of
# their aliases (uppercase before lowercase), each with its type and
# limits as written, and a size that is the file's size for random-read
# channels on regular files and 0 for everything else.  A descriptor is
# the channel's index: reading it reads that channel's file.  A channel
# with no quota at all is listed but never opened.
. "$top_srcdir/tests/vm/iolib.sh"
plan 8
io_trap

printf 'STDIN' >"$tmp/in"
head -c 316 /dev/zero >>"$tmp/in"
printf 'BBBB' >"$tmp/B"
head -c 1230 /dev/zero >>"$tmp/B"
head -c 500 /dev/zero >"$tmp/rw3"
head -c 77 /dev/zero >"$tmp/cdr"
head -c 999 /dev/zero >"$tmp/wo"
printf 'zz' >"$tmp/zz"
mkfifo "$tmp/pipe"
printf 'm\nr 0 5 0\nr 3 4 0\nr 12 2 0\nr 9 1 0\nr 10 1 0\n' >"$tmp/script"
m=$tmp/order.manifest
{
	echo "Channel = $tmp/zz, /dev/zz, 0, 0, 1, 2, 0, 0"
	echo "Channel = $tmp/log, /dev/log, 1, 0, 1, 1, 100000, 100000000"
	echo "Channel = $tmp/stderr, /dev/stderr, 0, 0, 0, 0, 10, 1000"
	echo "Channel = $tmp/B, /dev/B, 1, 0, 1, 2, 0, 0"
	echo "Channel = $tmp/stdout, /dev/stdout, 0, 0, 0, 0, 10, 1000"
	echo "Channel = $tmp/cdr, /dev/cdr, 1, 0, 5, 6, 7, 8"
	echo "Channel = $tmp/script, /dev/script, 0, 0, 100, 100000, 0, 0"
	echo "Channel = /nonexistent/never/opened, /dev/q, 1, 0, 0, 0, 0, 0"
	echo "Channel = $tmp/in, /dev/stdin, 1, 0, 10, 1000, 0, 0"
	echo "Channel = $tmp/rw3, /dev/a.3, 3, 0, 3, 4, 5, 6"
	echo "Channel = $tmp/wo, /dev/out, 2, 0, 0, 0, 9, 10"
	echo "Channel = $tmp/pipe, /dev/pipe, 0, 0, 1, 1, 0, 0"
	echo "Channel = /dev/null, /dev/nul, 1, 0, 1, 1, 0, 0"
} | manifest "$m" "$(nexe io)"

printf 'P' >"$tmp/pipe" &
bg_track $!
zerovm_run "$m"
bg_wait $!
is 0 "$status" "zerovm exits 0"
is ok "$(report 6)" "exit state ok"
like "channels 13 heap " "$(sed -n 1p "$tmp/log")" "the nexe sees 13 channels"
is "0 /dev/stdin type 1 size 321 limits 10 1000 0 0
1 /dev/stdout type 0 size 0 limits 0 0 10 1000
2 /dev/stderr type 0 size 0 limits 0 0 10 1000
3 /dev/B type 1 size 1234 limits 1 2 0 0
4 /dev/a.3 type 3 size 500 limits 3 4 5 6
5 /dev/cdr type 1 size 77 limits 5 6 7 8
6 /dev/log type 1 size 0 limits 1 1 100000 100000000
7 /dev/nul type 1 size 0 limits 1 1 0 0
8 /dev/out type 2 size 0 limits 0 0 9 10
9 /dev/pipe type 0 size 0 limits 1 1 0 0
10 /dev/q type 1 size 0 limits 0 0 0 0
11 /dev/script type 0 size 0 limits 100 100000 0 0
12 /dev/zz type 0 size 0 limits 1 2 0 0" "$(sed -n 2,14p "$tmp/log")" \
	"std three first, then strcmp order; sizes only for random reads of files"
is "$(printf '= 5 %s\n= 2 %s\n= 2 %s\n= 1 %s\n= -122' "$(hex STDIN)" "$(hex BB)" \
	"$(hex zz)" "$(hex P)")" "$(sed -n '15,$p' "$tmp/log")" \
	"each descriptor reads its own channel, within its quota; no quota reads -122"
ok "the channel with no quota was never opened" test ! -e /nonexistent/never/opened

# The same table when the manifest lists the channels in order: the order
# comes from the aliases, not from the manifest.
sed -n '1,4p' "$m" >"$tmp/sorted.manifest"
grep '/dev/stdin,' "$m" >>"$tmp/sorted.manifest"
grep '/dev/stdout,' "$m" >>"$tmp/sorted.manifest"
grep '/dev/stderr,' "$m" >>"$tmp/sorted.manifest"
grep '^Channel' "$m" | grep -v '/dev/std' | sort -r >>"$tmp/sorted.manifest"
cp "$tmp/log" "$tmp/log.first"
rm -f "$tmp/log"
printf 'P' >"$tmp/pipe" &
bg_track $!
zerovm_run "$tmp/sorted.manifest"
bg_wait $!
is 0 "$status" "reversed: zerovm exits 0"
ok "reversed: the nexe sees the same table and reads the same bytes" \
	cmp "$tmp/log.first" "$tmp/log"
