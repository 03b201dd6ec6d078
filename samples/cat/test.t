#!/bin/sh
# test.t - the cat sample copies stdin and mapped files under zvsh.
. "$top_srcdir/tests/tap/libtap.sh"
plan 7
tap_tmpdir
nexe=$top_builddir/samples/cat/cat.nexe
ZEROVM=$top_builddir/zerovm
export ZEROVM
zvsh=$top_builddir/zvsh/zvsh

printf 'one\ntwo\nthree\n' >"$tmp/in"
printf 'tail line\n' >"$tmp/more"

printf 'piped\ntext\n' | "$zvsh" "$nexe" >"$tmp/out1"
is 0 $? "cat runs with stdin piped"
is "$(printf 'piped\ntext\n')" "$(cat "$tmp/out1")" "it copies standard input"

"$zvsh" --zvm-in data="$tmp/in" "$nexe" /dev/data </dev/null >"$tmp/out2"
is 0 $? "cat runs with a mapped file"
ok "it copies the file opened as /dev/data" cmp -s "$tmp/in" "$tmp/out2"

printf 'middle\n' | "$zvsh" --zvm-in a="$tmp/in" --zvm-in b="$tmp/more" "$nexe" \
	/dev/a - /dev/b >"$tmp/out3"
cat "$tmp/in" >"$tmp/want3"; echo middle >>"$tmp/want3"; cat "$tmp/more" >>"$tmp/want3"
ok "files and - are copied in order" cmp -s "$tmp/want3" "$tmp/out3"

"$zvsh" "$nexe" /no/such/file </dev/null >/dev/null 2>"$tmp/err3"
is 1 $? "a missing file gives exit status 1"

printf 'through a pipe\n' | "$zvsh" "$nexe" /dev/stdin >"$tmp/out4"
is "through a pipe" "$(cat "$tmp/out4")" "a piped channel opened by name reads like a pipe"
