#!/bin/sh
# tar.t - nvram's [fstab]: tar images made by GNU tar (gnu, pax, ustar,
# gzip) mounted read-only show the host's tree exactly; a directory saved
# with access=wo comes back out identical, in identical bytes on every
# run; FIFOs mount and save as FIFOs; damaged images stop the program before main with status 125 and
# "zrt: ALIAS: what" on stderr.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/tree.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
command -v tar >/dev/null 2>&1 && tar --version 2>/dev/null | grep -q 'GNU tar' ||
	skip_all "GNU tar is not installed"
plan 39
tap_tmpdir
export LC_ALL=C.UTF-8

. "$top_srcdir/tests/zrt/tartree.sh"
src=$tmp/src
tartree "$src" "$tmp/want"

# run NAME IMAGE [EXTRA NVRAM LINES] [-- ARGS]: run tree.nexe on /data.
run() {
	name=$1 image=$2
	shift 2
	zrt_reset
	zrt_channel /dev/image rro "$image"
	zrt_channel /dev/saved wo
	{
		echo "[args]"
		echo "args = tree /data $ARGS"
		echo "[fstab]"
		echo "channel = /dev/image, mountpoint = /data, access = ro"
		[ -z "$SAVE" ] || echo "channel = /dev/saved, mountpoint = /data, access = wo"
	} >"$tmp/$name.nvram"
	zrt_nvram=$tmp/$name.nvram
	zrt_run "$tmp/$name" "$nexe"
	sort "$tmp/$name/stdout" >"$tmp/$name.got"
	saved=$(zrt_output "$tmp/$name" /dev/saved)
}

tarflags="--sort=name --owner=0 --group=0 --numeric-owner -C $src"
tar --format=gnu $tarflags -cf "$tmp/gnu.tar" .
tar --format=pax $tarflags -cf "$tmp/pax.tar" .
tar --format=pax $tarflags -czf "$tmp/pax.tar.gz" .
(cd "$src" && find . -mindepth 1 | sort | tar --format=ustar --no-recursion \
	--owner=0 --group=0 --numeric-owner -cf "$tmp/ustar.tar" -T - 2>"$tmp/ustar.err")

for f in gnu pax gzip; do
	case $f in gzip) img=$tmp/pax.tar.gz ;; *) img=$tmp/$f.tar ;; esac
	SAVE= ARGS=check run "$f" "$img"
	is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "$f: the program runs"
	is "" "$(cat "$tmp/$f/stderr")" "$f: nothing on stderr"
	grep -v '^create:' "$tmp/$f.got" >"$tmp/$f.list"
	ok "$f: the image's tree is the host's (types, modes, sizes, times, links)" \
		cmp -s "$tmp/want" "$tmp/$f.list"
	[ -s "$tmp/$f.list" ] && ! cmp -s "$tmp/want" "$tmp/$f.list" &&
		diff "$tmp/want" "$tmp/$f.list" | head -5 | sed 's/^/# /'
	is "create: EROFS" "$(grep '^create:' "$tmp/$f.got")" "$f: the mount is read-only"
done

# ustar cannot hold the longest names (GNU tar leaves them out, and cuts
# link targets at 100 bytes).  What it
# holds must be there.
SAVE= ARGS= run ustar "$tmp/ustar.tar"
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "ustar: the program runs"
missing=$(comm -23 "$tmp/ustar.got" "$tmp/want" | grep -v " ./longlink -> " | head -3)
is "" "$missing" "ustar: every entry it shows is the host's"
ok "ustar: and it shows entries" test -s "$tmp/ustar.got"

# Save: mounted writable at /data and saved from there.
SAVE=1 ARGS=check run save1 "$tmp/pax.tar"
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "save: the program runs"
is "create: ok" "$(grep '^create:' "$tmp/save1.got")" "save: a saved mount point is writable"
cp "$saved" "$tmp/saved1.tar"
SAVE=1 ARGS=check run save2 "$tmp/pax.tar"
cp "$saved" "$tmp/saved2.tar"
ok "save: two runs save identical bytes" cmp -s "$tmp/saved1.tar" "$tmp/saved2.tar"
ok "save: GNU tar reads the image" sh -c "tar -tf '$tmp/saved1.tar' >/dev/null"
mkdir "$tmp/out"
tar -C "$tmp/out" -xf "$tmp/saved1.tar" 2>/dev/null
rm -f "$tmp/out/new"
ok "save: it holds the same files, byte for byte" diff -r --no-dereference "$src" "$tmp/out"
is "0 0" "$(tar --numeric-owner -tvf "$tmp/saved1.tar" | awk '{print $2}' | sort -u | tr / ' ')" \
	"save: owner 0:0"
is "" "$(tar --numeric-owner -tvf "$tmp/saved1.tar" | grep -v '^h' | grep ' link to ' )" "save: nothing odd"
ok "save: hard links stay links" sh -c "tar -tvf '$tmp/saved1.tar' | grep -q '^h.* d/two link to d/one'"
SAVE= ARGS= run again "$tmp/saved1.tar"
grep -v ' ./new$' "$tmp/again.got" >"$tmp/again.list"
ok "save: mounted again, the tree is the same" cmp -s "$tmp/want" "$tmp/again.list"
SAVE=1 ARGS= run resave "$tmp/saved1.tar"
ok "save: saving that again gives the same bytes" cmp -s "$tmp/saved1.tar" "$saved"

# Empty images: a channel with nothing in it, and an empty tar.
: >"$tmp/zero.tar"
SAVE= ARGS= run zero "$tmp/zero.tar"
is "0 ok 0 " "$zrt_status $zrt_state $zrt_code $(cat "$tmp/zero.got")" "an empty channel is an empty image"

# Damaged images.
bad() {
	SAVE= ARGS= run "$1" "$2"
	is "0 ok 125" "$zrt_status $zrt_state $zrt_code" "$1: status 125"
	like "zrt: /dev/image: " "$(cat "$tmp/$1/stderr")" "$1: stderr says which image, and what"
	is "" "$(cat "$tmp/$1/stdout")" "$1: main did not run"
}
head -c 3000 "$tmp/pax.tar" >"$tmp/truncated.tar"
bad truncated "$tmp/truncated.tar"
awk 'BEGIN { for (i = 0; i < 600; i++) printf "garbage %d\n", i }' >"$tmp/garbage.tar"
bad garbage "$tmp/garbage.tar"
head -c 100000 "$tmp/pax.tar.gz" | head -c 400 >"$tmp/cut.tar.gz"
bad truncated-gzip "$tmp/cut.tar.gz"

# FIFOs (type 6): mounted as FIFOs with their modes, from every format,
# and saved as FIFOs.
fsrc=$tmp/fsrc
mkdir -p "$fsrc/sub"
mkfifo -m 640 "$fsrc/fifo"
mkfifo -m 600 "$fsrc/sub/p"
printf 'x\n' >"$fsrc/sub/f"
find "$fsrc" -exec touch -h -d @1700000000 {} +
tartree_list "$fsrc" >"$tmp/fwant"
for f in gnu pax ustar; do
	tar --format=$f --sort=name --owner=0 --group=0 --numeric-owner -C "$fsrc" \
		-cf "$tmp/fifo-$f.tar" .
	SAVE=1 ARGS= run "fifo-$f" "$tmp/fifo-$f.tar"
	ok "$f: FIFOs mount as FIFOs, with their modes" cmp -s "$tmp/fwant" "$tmp/fifo-$f.got"
	[ -s "$tmp/fifo-$f.got" ] && ! cmp -s "$tmp/fwant" "$tmp/fifo-$f.got" &&
		diff "$tmp/fwant" "$tmp/fifo-$f.got" | head -5 | sed 's/^/# /'
done
is "prw-r----- fifo
prw------- sub/p" "$(tar -tvf "$saved" | awk '/^p/ { print $1, $6 }')" \
	"save: FIFOs are saved as FIFOs, with their modes"
