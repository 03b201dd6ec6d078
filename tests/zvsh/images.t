#!/bin/sh
# images.t - --zvm-image IMG[,MOUNTPOINT[,ro|wo]]: read-only images as
# random-access channels /dev/image0, 1, ...; write-only images created or
# replaced only after an ok session.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 14

io=$(nexe io)
printf 'pretend this is a tar' >"$tmp/img.tar"

# Channels: image0 3, image1 4, log 5, nvram 6, script 7.
run_img() {
	"$ZVSH" --zvm-keep "$tmp/k" --zvm-in "script=$tmp/script" --zvm-out log=/dev/fd/6 \
		"$@" "$io" </dev/null >"$tmp/out" 2>"$tmp/err" 6>"$tmp/log"
	status=$?
}

script 'r 3 7 0\ne 0\n'
run_img --zvm-image "$tmp/img.tar"
is 0 "$status" "a read-only image"
is "= 7 $(hex pretend)" "$(cat "$tmp/log")" "... is readable as /dev/image0"
is "Channel = $tmp/img.tar, /dev/image0, 3, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep '/dev/image0,' "$tmp/k/manifest")" "... a random read-only channel"
is "channel = /dev/image0, mountpoint = /, access = ro" "$(grep image0 "$tmp/k/nvram")" \
	"... mounted at / by default"

script 'r 4 4 0\nw 3 0 saved tree\ne 0\n'
run_img --zvm-image "$tmp/out.tar,/save,wo" --zvm-image "$tmp/img.tar,/data,ro"
is 0 "$status" "a write-only image beside a read-only one"
is "saved tree" "$(cat "$tmp/out.tar")" "... the write-only image holds what the program saved"
is "Channel = $tmp/out.tar, /dev/image0, 0, 0, 0, 0, 1099511627776, 1099511627776" \
	"$(grep '/dev/image0,' "$tmp/k/manifest")" "... a sequential write-only channel"
is "channel = /dev/image0, mountpoint = /save, access = wo
channel = /dev/image1, mountpoint = /data, access = ro" "$(grep 'mountpoint' "$tmp/k/nvram")" \
	"... numbered in command-line order"
is "= 4 $(hex pret)
= 10" "$(cat "$tmp/log")" "... and the read-only one is /dev/image1"

script 'w 3 0 second\ne 1\n'
run_img --zvm-image "$tmp/out.tar,/save,wo"
is "1 second" "$status $(cat "$tmp/out.tar")" "an ok session replaces the image, whatever its code"
script 'w 3 0 third\nh 0x100000000\ne 0\n'
run_img --zvm-image "$tmp/out.tar,/save,wo"
is "139 second" "$status $(cat "$tmp/out.tar")" "a crashed session leaves it as it was"
script 'w 3 0 x\nh 0x100000000\ne 0\n'
run_img --zvm-image "$tmp/none.tar,/save,wo"
ok "... and creates no new image" test ! -e "$tmp/none.tar"

zvsh_run --zvm-image "$tmp/missing.tar" "$io"
is 125 "$status" "a missing read-only image is refused"
like "zvsh: --zvm-image $tmp/missing.tar: $tmp/missing.tar: No such file or directory" "$(err)" \
	"... naming it"
