#!/bin/sh
# quota.t - a channel's quota seen through ZRT's descriptors: a write
# past the byte quota is cut short, the next one fails with EDQUOT, and
# reads past the read-count quota fail with EDQUOT too.  The quotas come
# from the manifest, so this script writes its own channel lines.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"

nexe=$top_builddir/tests/zrt/nexe/quota.nexe
[ -x "$nexe" ] || skip_all "no $nexe"
plan 8
tap_tmpdir
printf 'input data\n' >"$tmp/in"

zrt_reset
mkdir -p "$tmp/run"
zrt_manifest "$tmp/run" "$nexe" >"$tmp/run/manifest"
# Output: 8 bytes in at most 3 writes.  Input: 2 reads of any size.
echo "Channel = $tmp/run/small, /dev/small-out, 0, 0, 0, 0, 3, 8" >>"$tmp/run/manifest"
echo "Channel = $tmp/in, /dev/small-in, 0, 0, 2, 1000, 0, 0" >>"$tmp/run/manifest"
(cd "$tmp/run" && "$zerovm" manifest >report 2>zerovm.err </dev/null)
out=$tmp/run/stdout
edquot=132 # newlib's EDQUOT (zerovm answers the host's, 122)

is "write5 5 0" "$(sed -n 1p "$out")" "a write within the quota"
is "write10 3 0" "$(sed -n 2p "$out")" "a write across the byte quota is cut short"
is "write1 -1 $edquot" "$(sed -n 3p "$out")" "the next write fails with EDQUOT"
is "read4 4 0" "$(sed -n 4p "$out")" "a read within the quota"
is "read4again 4 0" "$(sed -n 5p "$out")" "the second read"
is "read1 -1 $edquot" "$(sed -n 6p "$out")" "a third read fails with EDQUOT"
is "12345abc" "$(cat "$tmp/run/small")" "the channel holds what fit"
is ok "$(sed -n 6p "$tmp/run/report")" "the session ends ok"
