#!/bin/sh
# test.t - the tarimage sample lists a mounted image and saves a changed copy.
. "$top_srcdir/tests/tap/libtap.sh"
plan 6
tap_tmpdir
nexe=$top_builddir/samples/tarimage/tarimage.nexe
ZEROVM=$top_builddir/zerovm
export ZEROVM
zvsh=$top_builddir/zvsh/zvsh

mkdir -p "$tmp/src/sub"
echo alpha >"$tmp/src/a.txt"
echo beta >"$tmp/src/sub/b.txt"
(cd "$tmp/src" && tar -cf "$tmp/in.tar" a.txt sub)

"$zvsh" --zvm-image "$tmp/in.tar,/data,ro" --zvm-image "$tmp/out.tar,/out,wo" \
	"$nexe" /data /out </dev/null >"$tmp/list"
is 0 $? "tarimage runs with two images"
is "$(printf 'a.txt 6\nadded added-by-tarimage.txt\nsub/\nsub/b.txt 5')" "$(LC_ALL=C sort "$tmp/list")" \
	"it lists the mounted image"
ok "the output image was saved" test -s "$tmp/out.tar"
is "$(printf 'a.txt\nadded-by-tarimage.txt\nsub\nsub/b.txt')" \
	"$(tar -tf "$tmp/out.tar" | sed 's,^\./,,; s,/$,,' | grep -v '^\.\{0,1\}$' | LC_ALL=C sort)" \
	"tar -tf shows the copied tree and the added file"
mkdir "$tmp/x"
tar -xf "$tmp/out.tar" -C "$tmp/x"
is beta "$(cat "$tmp/x/sub/b.txt")" "the copied file keeps its content"
is "written inside the sandbox" "$(cat "$tmp/x/added-by-tarimage.txt")" "the added file has its content"
