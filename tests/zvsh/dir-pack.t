#!/bin/sh
# dir-pack.t - --zvm-dir DIR[,MOUNTPOINT[,ro|rw]] packs DIR into a tar
# image zvsh builds with the host's libarchive: sorted, links kept as
# links, FIFOs as FIFOs, owners cleared, the same image for the same
# tree; mounted from nvram's [fstab].
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 19

io=$(nexe io)
script 'e 0\n'
S="--zvm-in script=$tmp/script"

# tree DIR REVERSED: the test tree, its entries created in one order or
# the other, every time set to the same instant.
tree() {
	mkdir -p "$1"
	if [ "$2" = reversed ]; then
		mkdir -p "$1/ü" "$1/z/y/x" "$1/empty" "$1/b dir"
		printf 'deep' >"$1/z/y/x/deep"
		printf 'accent' >"$1/ü/é.txt"
		printf '#!/bin/sh\n' >"$1/exec.sh"
		printf 'c' >"$1/b dir/c.txt"
		printf 'alpha' >"$1/a.txt"
	else
		printf 'alpha' >"$1/a.txt"
		mkdir -p "$1/b dir" "$1/empty" "$1/z/y/x" "$1/ü"
		printf 'c' >"$1/b dir/c.txt"
		printf '#!/bin/sh\n' >"$1/exec.sh"
		printf 'accent' >"$1/ü/é.txt"
		printf 'deep' >"$1/z/y/x/deep"
	fi
	chmod 755 "$1/exec.sh"
	chmod 600 "$1/b dir/c.txt"
	ln -s a.txt "$1/link-rel"
	ln -s /nonexistent/abs "$1/link-abs"
	ln -s nowhere "$1/dangling"
	ln "$1/a.txt" "$1/hard"
	find "$1" -depth -exec touch -h -d '2020-01-02 03:04:05' {} +
}

tree "$tmp/src"
before=$(snapshot "$tmp/src")
zvsh_run --zvm-keep "$tmp/k" --zvm-dir "$tmp/src,/data" $S "$io"
is 0 "$status" "a run with a packed directory ends ok"
ok "the image is a tar that tar lists" sh -c "tar -tvf '$tmp/k/dir0.tar' >/dev/null"
is "a.txt
b dir/
b dir/c.txt
dangling
empty/
exec.sh
hard
link-abs
link-rel
z/
z/y/
z/y/x/
z/y/x/deep
ü/
ü/é.txt" "$(tar -tf "$tmp/k/dir0.tar")" \
	"entries relative to DIR, in byte order, each directory before what it holds"
listing=$(tar -tvf "$tmp/k/dir0.tar" |
	awk '{ n = $6; for (i = 7; i <= NF; i++) n = n " " $i; print $1, $2, n }')
is "-rw-r--r-- 0/0 a.txt
drwxr-xr-x 0/0 b dir/
-rw------- 0/0 b dir/c.txt
lrwxrwxrwx 0/0 dangling -> nowhere
drwxr-xr-x 0/0 empty/
-rwxr-xr-x 0/0 exec.sh
hrw-r--r-- 0/0 hard link to a.txt
lrwxrwxrwx 0/0 link-abs -> /nonexistent/abs
lrwxrwxrwx 0/0 link-rel -> a.txt
drwxr-xr-x 0/0 z/
drwxr-xr-x 0/0 z/y/
drwxr-xr-x 0/0 z/y/x/
-rw-r--r-- 0/0 z/y/x/deep
drwxr-xr-x 0/0 ü/
-rw-r--r-- 0/0 ü/é.txt" "$listing" \
	"modes kept, owners 0/0, symbolic links as links, a second name as a hard link"
ok "no user or group names from the host" sh -c "! tar -tvf '$tmp/k/dir0.tar' | grep -q root"
mkdir "$tmp/x"
tar -xf "$tmp/k/dir0.tar" -C "$tmp/x"
ok "unpacked, it is the same tree" diff -r --no-dereference "$tmp/src" "$tmp/x"
is "2020-01-02 03:04:05" "$(tar --full-time -tvf "$tmp/k/dir0.tar" | awk 'NR == 1 {print $4, $5}')" \
	"modification times are kept"
is "$before" "$(snapshot "$tmp/src")" "packing changes nothing in DIR"

is "channel = /dev/image0, mountpoint = /data, access = ro" "$(grep image "$tmp/k/nvram")" \
	"ro: one read-only image at the mount point"
is 1 "$(grep -c '/dev/image' "$tmp/k/manifest")" "... one image channel"

# The same tree gives the same image, whatever order it was made in.
tree "$tmp/src2" reversed
touch -h -d '2020-01-02 03:04:05' "$tmp/src" "$tmp/src2"
zvsh_run --zvm-keep "$tmp/k1" --zvm-dir "$tmp/src" $S "$io"
zvsh_run --zvm-keep "$tmp/k2" --zvm-dir "$tmp/src2" $S "$io"
ok "the same tree made in another order packs into the same bytes" \
	cmp -s "$tmp/k1/dir0.tar" "$tmp/k2/dir0.tar"
touch -a -d '2021-01-01' "$tmp/src/a.txt"
zvsh_run --zvm-keep "$tmp/k2" --zvm-dir "$tmp/src" $S "$io"
ok "... and reading it (access times) changes nothing" cmp -s "$tmp/k1/dir0.tar" "$tmp/k2/dir0.tar"

# rw: the packed image plus a write-only one at the same mount point.
zvsh_run --zvm-keep "$tmp/k" --zvm-dir "$tmp/src,/w,rw" $S "$io"
is "channel = /dev/image0, mountpoint = /w, access = ro
channel = /dev/image1, mountpoint = /w, access = wo" "$(grep image "$tmp/k/nvram")" \
	"rw: the packed image read-only, and a write-only image, at one mount point"
is "Channel = $tmp/k/dir0.saved.tar, /dev/image1, 0, 0, 0, 0, 1099511627776, 1099511627776" \
	"$(grep '/dev/image1,' "$tmp/k/manifest")" "... the saved image goes to the work directory"

# The work directory is never packed, even inside DIR.
zvsh_run --zvm-keep "$tmp/src/k" --zvm-dir "$tmp/src" $S "$io"
is "0 " "$status $(tar -tf "$tmp/src/k/dir0.tar" | grep '^k/')" \
	"a --zvm-keep directory inside DIR is left out of the image"
rm -rf "$tmp/src/k"

# A FIFO is packed as a FIFO (never opened); devices and sockets are
# refused (dir-fifo.t).
mkfifo -m 640 "$tmp/src/fifo"
zvsh_run --zvm-keep "$tmp/k3" --zvm-dir "$tmp/src" $S "$io"
is 0 "$status" "a FIFO in DIR is packed"
is "prw-r----- 0/0 0 fifo" "$(tar -tvf "$tmp/k3/dir0.tar" | awk '$6 == "fifo" { print $1, $2, $3, $6 }')" \
	"... as a FIFO with its mode, owner 0/0 and no data"
rm "$tmp/src/fifo"

zvsh_run --zvm-dir "$tmp/nothing" $S "$io"
is "125 zvsh: --zvm-dir $tmp/nothing: $tmp/nothing: No such file or directory" "$status $(err)" \
	"a missing DIR is refused"
is "" "$(workdirs_left)" "no work directory is left behind"
