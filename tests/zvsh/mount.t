#!/bin/sh
# mount.t - a program built with zvm-gcc reads a directory zvsh packed and
# mounted (--zvm-dir DIR,/data,rw), changes it, and zvsh writes the tree
# ZRT saved back into DIR.  Skipped until zvm-gcc is built and ZRT mounts
# nvram's [fstab] images.
. "$top_srcdir/tests/zvsh/zvshlib.sh"

# skip_all leaves the scratch directory behind; remove it first.
mount_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}

zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || mount_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/mount.nexe" "$top_srcdir/tests/zvsh/mount.c" >"$tmp/cc.log" 2>&1 ||
	mount_skip "cannot build tests/zvsh/mount.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
d=$tmp/dir
mkdir -p "$d/sub" "$d/keep"
echo 'from the host' >"$d/in.txt"
echo 'to be removed' >"$d/gone.txt"
ln -s in.txt "$d/link"
"$ZVSH" --zvm-dir "$d,/data,rw" "$tmp/mount.nexe" >"$tmp/out" 2>"$tmp/err" </dev/null
status=$?
[ "$(out)" != "read -" ] ||
	mount_skip "ZRT does not mount nvram's [fstab] images yet (/data/in.txt cannot be read)"
plan 7

is 0 "$status" "the program read, created and removed files under /data"
is "read from the host" "$(out)" "it read the file packed from DIR"
is "" "$(err)" "nothing on stderr"
is "made inside" "$(cat "$d/sub/new.txt" 2>/dev/null)" "the file it created is written back"
ok "the file it removed is gone" test ! -e "$d/gone.txt"
is "in.txt from the host" "$(readlink "$d/link") $(cat "$d/in.txt")" \
	"what it left alone is still there, links as links"
ok "and so are empty directories" test -d "$d/keep"
