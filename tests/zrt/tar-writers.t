#!/bin/sh
# tar-writers.t - tar images written by bsdtar and by Python's tarfile
# (pax, GNU and ustar formats; GNU tar's are tar.t's) mount as the tree
# they hold, names, links and bytes; every writer's image saves to the
# same bytes; a 100 MB member, stored whole or sparse, reads back exactly;
# a file of an image mounted for saving can be changed; an image on a
# sequential channel mounts too; and more damaged images stop the program
# with status 125.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/tree.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
tar --version 2>/dev/null | grep -q 'GNU tar' || skip_all "GNU tar is not installed"
command -v bsdtar >/dev/null 2>&1 || skip_all "bsdtar is not installed (libarchive-tools)"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
plan 53
tap_tmpdir
export LC_ALL=C.UTF-8

. "$top_srcdir/tests/zrt/tartree.sh"
src=$tmp/src
tartree "$src" "$tmp/want"

# sums DIR: "sum ./PATH SIZE CRC32" for every regular file, sorted.
sums() {
	python3 - "$1" <<'PY' | sort
import os, sys, zlib
top = sys.argv[1]
for root, dirs, files in os.walk(top):
    for f in files:
        p = os.path.join(root, f)
        if os.path.islink(p) or not os.path.isfile(p):
            continue
        crc, size = 0, 0
        with open(p, "rb") as fh:
            while True:
                b = fh.read(1 << 20)
                if not b:
                    break
                crc = zlib.crc32(b, crc)
                size += len(b)
        rel = "./" + os.path.relpath(p, top)
        sys.stdout.buffer.write(("sum %s %d %08x\n" % (rel, size, crc)).encode("utf-8", "surrogateescape"))
PY
}
sums "$src" >"$tmp/want.sums"
is 9 "$(wc -l <"$tmp/want.sums")" "the tree has 9 regular files to compare"

# run NAME IMAGE ARGS...: tree.nexe ARGS on the image mounted at /data
# (MODE rro unless set; SAVE=1 also saves /data to /dev/saved).
run() {
	name=$1 image=$2
	shift 2
	zrt_reset
	zrt_memory=67108864
	zrt_channel /dev/image "${MODE:-rro}" "$image"
	zrt_channel /dev/saved wo
	{
		echo "[args]"
		echo "args = tree /data $*"
		echo "[fstab]"
		echo "channel = /dev/image, mountpoint = /data, access = ro"
		[ -z "${SAVE:-}" ] || echo "channel = /dev/saved, mountpoint = /data, access = wo"
	} >"$tmp/$name.nvram"
	zrt_nvram=$tmp/$name.nvram
	zrt_run "$tmp/$name" "$nexe"
	grep -v '^sum ' "$tmp/$name/stdout" | sort >"$tmp/$name.list"
	grep '^sum ' "$tmp/$name/stdout" | sort >"$tmp/$name.sums"
	saved=$(zrt_output "$tmp/$name" /dev/saved)
}

# The reference for saved bytes: GNU tar's pax image, saved.
tar --format=pax --sort=name --owner=0 --group=0 --numeric-owner -C "$src" -cf "$tmp/gnu.tar" .
SAVE=1 run ref "$tmp/gnu.tar"
cp "$saved" "$tmp/ref.saved"
ok "GNU tar's image saves" test -s "$tmp/ref.saved"

# Python's tarfile: one member at a time, so that the ustar image leaves
# out what ustar cannot hold instead of failing.
pytar() {
	python3 - "$src" "$1" "$2" <<'PY'
import os, sys, tarfile
src, out, fmt = sys.argv[1], sys.argv[2], sys.argv[3]
fmt = {"pax": tarfile.PAX_FORMAT, "gnu": tarfile.GNU_FORMAT, "ustar": tarfile.USTAR_FORMAT}[fmt]
paths = ["."]
for root, dirs, files in os.walk(src):
    for n in dirs + files:
        paths.append(os.path.relpath(os.path.join(root, n), src))
with tarfile.open(out, "w", format=fmt, encoding="utf-8") as t:
    for p in sorted(paths):
        info = t.gettarinfo(os.path.join(src, p), arcname=p)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        try:
            if info.isreg():
                with open(os.path.join(src, p), "rb") as f:
                    t.addfile(info, f)
            else:
                t.addfile(info)
        except ValueError:
            pass  # ustar: a name or link too long
PY
}

# whole NAME IMAGE: the image shows the host's tree and bytes, and saves
# to the reference bytes.
whole() {
	SAVE=1 run "$1" "$2" sums
	is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "$1: the program runs"
	ok "$1: the tree is the host's (types, modes, sizes, times, links)" cmp -s "$tmp/want" "$tmp/$1.list"
	[ -s "$tmp/$1.list" ] && ! cmp -s "$tmp/want" "$tmp/$1.list" &&
		diff "$tmp/want" "$tmp/$1.list" | head -5 | sed 's/^/# /'
	ok "$1: every file holds the host's bytes" cmp -s "$tmp/want.sums" "$tmp/$1.sums"
	ok "$1: saved, it gives the same bytes as GNU tar's image" cmp -s "$tmp/ref.saved" "$saved"
}

# part NAME IMAGE: a ustar image: what it shows is the host's.
part() {
	run "$1" "$2" sums
	is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "$1: the program runs"
	missing=$(comm -23 "$tmp/$1.list" "$tmp/want" | head -3)
	is "" "$missing" "$1: every entry it shows is the host's"
	ok "$1: and it shows the short names and their bytes" \
		sh -c "grep -q ' ./deep/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10\$' '$tmp/$1.list' &&
			grep -q '^sum ./hello.txt 6 ' '$tmp/$1.sums'"
	missing=$(comm -23 "$tmp/$1.sums" "$tmp/want.sums" | head -3)
	is "" "$missing" "$1: every file it shows holds the host's bytes"
}

bsdtar --format=pax --uid 0 --gid 0 -C "$src" -cf "$tmp/bsd-pax.tar" .
whole bsdtar-pax "$tmp/bsd-pax.tar"
bsdtar --format=gnutar --uid 0 --gid 0 -C "$src" -cf "$tmp/bsd-gnu.tar" .
whole bsdtar-gnutar "$tmp/bsd-gnu.tar"
bsdtar --format=ustar --uid 0 --gid 0 -C "$src" -cf "$tmp/bsd-ustar.tar" . 2>/dev/null
part bsdtar-ustar "$tmp/bsd-ustar.tar"
pytar "$tmp/py-pax.tar" pax
whole python-pax "$tmp/py-pax.tar"
pytar "$tmp/py-gnu.tar" gnu
whole python-gnu "$tmp/py-gnu.tar"
pytar "$tmp/py-ustar.tar" ustar
part python-ustar "$tmp/py-ustar.tar"

# An image on a sequential channel is read through and copied.
MODE=ro run sequential "$tmp/py-pax.tar" sums
ok "sequential channel: the tree is the host's" cmp -s "$tmp/want" "$tmp/sequential.list"
ok "sequential channel: and so are the bytes" cmp -s "$tmp/want.sums" "$tmp/sequential.sums"

# Changing a file of a mounted image (mounted for saving, so writable):
# memfs copies it from the image first.
cp "$tmp/gnu.tar" "$tmp/gnu.orig"
SAVE=1 run edit "$tmp/gnu.tar" edit hello.txt
expect=$(python3 -c 'import zlib
for t in (b"hXllo\n", b"hXllo\n+end", b"hXllo"):
    print("sum hello.txt %d %08x" % (len(t), zlib.crc32(t)))')
is "$expect" "$(cat "$tmp/edit/stdout")" "a mounted file written, appended to and truncated"
mkdir "$tmp/edited"
tar -C "$tmp/edited" -xf "$saved" 2>/dev/null
is "hXllo" "$(cat "$tmp/edited/hello.txt")" "... and saved so"
ok "... the image itself is untouched" cmp -s "$tmp/gnu.tar" "$tmp/gnu.orig"
SAVE=1 run edit-link "$tmp/gnu.tar" edit d/one
mkdir "$tmp/edited-link"
tar -C "$tmp/edited-link" -xf "$saved" 2>/dev/null
is "lXnke lXnke lXnke" "$(cat "$tmp/edited-link/d/one") $(cat "$tmp/edited-link/d/two") $(cat "$tmp/edited-link/three")" \
	"a changed file changes under each of its hard links"
run edit-ro "$tmp/gnu.tar" edit hello.txt
like "edit hello.txt: write: Read-only file system" "$(cat "$tmp/edit-ro/stdout")" \
	"a read-only mount refuses the change"

# A 100 MB file: mostly a hole, with data at both ends and in the middle.
mkdir "$tmp/bigsrc"
f=$tmp/bigsrc/big100
truncate -s 100M "$f"
printf 'start' | dd of="$f" conv=notrunc 2>/dev/null
printf 'middle' | dd of="$f" bs=1 seek=52428800 conv=notrunc 2>/dev/null
printf 'end' | dd of="$f" bs=1 seek=104857597 conv=notrunc 2>/dev/null
touch -d @1700000000 "$f" "$tmp/bigsrc"
want=$(sums "$tmp/bigsrc" | sed 's|^sum ./|sum |')
# big NAME IMAGE WHAT
big() {
	run "$1" "$2" sum big100
	is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "100 MB, $3: the program runs"
	is "$want" "$(cat "$tmp/$1/stdout")" "100 MB, $3: the file reads back exactly"
}
tar --format=gnu -C "$tmp/bigsrc" -cf "$tmp/big-whole.tar" big100
big big-whole "$tmp/big-whole.tar" "GNU tar, stored whole"
tar --format=pax --sparse -C "$tmp/bigsrc" -cf "$tmp/big-sparse.tar" big100
ok "the sparse image is small" test "$(wc -c <"$tmp/big-sparse.tar")" -lt 1000000
big big-sparse "$tmp/big-sparse.tar" "GNU tar, sparse"
bsdtar --format=pax -C "$tmp/bigsrc" -cf "$tmp/big-bsd.tar" big100
big big-bsd "$tmp/big-bsd.tar" "bsdtar"
rm -f "$tmp/big-whole.tar"

# More damaged images.
# bad NAME IMAGE WHAT
bad() {
	run "$1" "$2"
	is "0 ok 125" "$zrt_status $zrt_state $zrt_code" "$3: status 125"
	like "zrt: /dev/image: " "$(cat "$tmp/$1/stderr")" "$3: stderr says which image, and what"
	is "" "$(cat "$tmp/$1/stdout")" "$3: main did not run"
}
# A header whose checksum does not match.
cp "$tmp/py-pax.tar" "$tmp/checksum.tar"
printf 'Z' | dd of="$tmp/checksum.tar" bs=1 seek=1536 conv=notrunc 2>/dev/null
bad checksum "$tmp/checksum.tar" "a bad header checksum"
# A member whose data the image does not hold to the end.
mkdir "$tmp/cut"
head -c 100000 /dev/zero | tr '\0' y >"$tmp/cut/f"
tar -C "$tmp/cut" -cf "$tmp/cut.tar" f
head -c 60000 "$tmp/cut.tar" >"$tmp/cut-data.tar"
bad cut "$tmp/cut-data.tar" "a member cut short"
# Names that climb out, and a hard link to nothing.
python3 - "$tmp" <<'PY'
import io, sys, tarfile
tmp = sys.argv[1]
with tarfile.open(tmp + "/dotdot.tar", "w", format=tarfile.PAX_FORMAT) as t:
    i = tarfile.TarInfo("a/../../escape")
    i.size = 1
    t.addfile(i, io.BytesIO(b"x"))
with tarfile.open(tmp + "/hardlink.tar", "w", format=tarfile.PAX_FORMAT) as t:
    i = tarfile.TarInfo("link")
    i.type, i.linkname = tarfile.LNKTYPE, "missing"
    t.addfile(i)
PY
bad dotdot "$tmp/dotdot.tar" "a name with .."
like '".."' "$(cat "$tmp/dotdot/stderr")" "... and says so"
bad hardlink "$tmp/hardlink.tar" "a hard link to nothing"
