#!/bin/sh
# fork-exit.t - the session's end is process 1's: a child that ends does
# not save the write-only images nor write the [stdin] report, which
# process 1 does once, with its own file system and offset, when it ends.
# The helper is tests/zrt/nexe/fork-exit.c.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/fork-exit.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
tap_tmpdir

printf 'abcdefghij' >"$tmp/in"
printf '[stdin]\nreport=/dev/report\n[fstab]\nchannel=/dev/saved, mountpoint=/save, access=wo\n' \
	>"$tmp/nvram"
zrt_reset
zrt_stdin=$tmp/in
zrt_nvram=$tmp/nvram
zrt_channel /dev/report wo
zrt_channel /dev/saved wo
zrt_run "$tmp/run" "$nexe"
if grep -q '^no processes$' "$tmp/run/stdout"; then
	skip_all "this zerovm runs one process (fork: EAGAIN)"
fi
plan 4
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "the session ends ok"
is "child ends
parent ends" "$(cat "$tmp/run/stdout")" "both processes flushed their stdout at exit"
# The child's description of stdin is a copy: its 3 bytes do not move the
# parent's offset, which the report gives.
is "5" "$(cat "$(zrt_output "$tmp/run" /dev/report)")" \
	"one [stdin] report, process 1's offset"
is "parent" "$(tar -tf "$(zrt_output "$tmp/run" /dev/saved)" 2>&1)" \
	"one image saved, of process 1's file system"
