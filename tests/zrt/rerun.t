#!/bin/sh
# rerun.t - every guest test program, run twice, prints the same bytes
# and writes the same bytes to every output channel, saved tar images
# included: ZRT's clock, inode numbers, directory order, random devices
# and addresses must not differ between runs.
. "$top_srcdir/tests/tap/libtap.sh"
tap_tmpdir

set -- "$top_builddir"/tests/zrt/*.zrt
[ -e "$1" ] || skip_all "no guest test programs are built"
plan $#

for nexe in "$@"; do
	name=${nexe##*/}
	ZRT_RUN_KEEP=$tmp/$name.out1 sh "$top_srcdir/tests/zrt/run.sh" "$nexe" >"$tmp/$name.1" 2>/dev/null
	s1=$?
	ZRT_RUN_KEEP=$tmp/$name.out2 sh "$top_srcdir/tests/zrt/run.sh" "$nexe" >"$tmp/$name.2" 2>/dev/null
	s2=$?
	outs=$(ls "$tmp/$name.out1" | wc -l)
	if [ "$s1" = "$s2" ] && cmp -s "$tmp/$name.1" "$tmp/$name.2" && [ -s "$tmp/$name.1" ] &&
		diff -r "$tmp/$name.out1" "$tmp/$name.out2" >/dev/null; then
		tap_result 0 "$name: two runs print identical output and write identical channels ($outs) (status $s1)"
	else
		tap_result 1 "$name: two runs differ (status $s1 vs $s2)"
		diff "$tmp/$name.1" "$tmp/$name.2" | head -n 5 | sed 's/^/# /'
		diff -r "$tmp/$name.out1" "$tmp/$name.out2" | head -n 5 | sed 's/^/# /'
	fi
done
