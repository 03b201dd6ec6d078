#!/bin/sh
# same-file.t - a standard stream redirected to a file that the program
# also sees in a --zvm-dir image is that file inside: fstat() of the
# stream and stat() of the file give one device and inode ([mapping]
# file=), so that a program can tell its output is one of its inputs.
. "$top_srcdir/tests/zvsh/zvshlib.sh"

same_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}
zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || same_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/fsops.nexe" "$top_srcdir/tests/zvsh/fsops.c" >"$tmp/cc.log" 2>&1 ||
	same_skip "cannot build tests/zvsh/fsops.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
plan 14

d=$tmp/dir
mkdir -p "$d/sub"
printf 'in\n' >"$d/sub/out"
printf 'other\n' >"$d/other"
ln "$d/sub/out" "$d/zlink"

# fsops writes its verdicts to stderr; stdout is the file under test.
same() {
	"$ZVSH" --zvm-keep "$tmp/k" "$@" 2>"$tmp/err"
	status=$?
}

rm -rf "$tmp/k"
same --zvm-dir "$d,/w" "$tmp/fsops.nexe" same 1 /w/sub/out same 1 /w/other \
	same 1 /w/zlink >>"$d/sub/out" </dev/null
is 0 "$status" "stdout appended to a file in the image: the program runs"
is "same
other
same" "$(err)" "... its stdout is /w/sub/out (and its hard link), not another file"
like "channel = /dev/stdout, mode = file, file = /w/sub/out" "$(cat "$tmp/k/nvram")" \
	"... the nvram names the file (the first of its names)"

same --zvm-dir "$d,$d" "$tmp/fsops.nexe" same 0 "$d/sub/out" same 1 "$d/sub/out" \
	<"$d/sub/out" >>"$d/sub/out"
is 0 "$status" "stdin and stdout both the file, the tree mounted at its own path"
is "same
same" "$(err)" "... each stream is the file in the image"

same --zvm-dir "$d,/" "$tmp/fsops.nexe" same 1 /sub/out >>"$d/sub/out" </dev/null
is "0 same" "$status $(err)" "a tree mounted at / gives /sub/out"

same --zvm-dir "$d,/w" "$tmp/fsops.nexe" same 1 /w/other >"$tmp/elsewhere" </dev/null
is "0 other" "$status $(err)" "stdout to a file outside every tree is no file inside"
is "" "$(grep 'file =' "$tmp/k/nvram")" "... and the nvram names none"

rm -rf "$tmp/k"
"$ZVSH" --zvm-keep "$tmp/k" "$tmp/fsops.nexe" say hi same 2 /dev/stdout >"$tmp/both" 2>&1 </dev/null
is 0 "$?" "2>&1 to a file, no tree"
is "hi
same" "$(cat "$tmp/both")" "... stderr is the same file as stdout"
like "channel = /dev/stderr, mode = file, file = /dev/stdout" "$(cat "$tmp/k/nvram")" \
	"... named so in the nvram"

# Two trees hold the file: the later mount, which hides the earlier, wins.
same --zvm-dir "$d,/a" --zvm-dir "$d/sub,/b" "$tmp/fsops.nexe" same 1 /b/out same 1 /a/sub/out \
	>>"$d/sub/out" </dev/null
is "0" "$status" "the file in two trees"
is "same
other" "$(err)" "... stdout is the one the later --zvm-dir holds"

# The nexe cannot be misled into another file by its own nvram either:
# a file= that is no regular file leaves the stream as it is.
same --zvm-dir "$d,/w" "$tmp/fsops.nexe" same 1 /w/sub >>"$d/sub/out" </dev/null
is "0 other" "$status $(err)" "a directory is never the same file as a stream"

rm -rf "$tmp"
