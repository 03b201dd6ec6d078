#!/bin/sh
# dir-writeback.t - --zvm-dir DIR,MOUNTPOINT,rw: after an ok session the
# tree the program saved replaces DIR.  The program here is the io nexe
# copying a tar prepared on the host into its write-only image channel,
# as ZRT saves a mount at exit.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 26

io=$(nexe io)
addr=$(data_addr)
[ -n "$addr" ] || bail "cannot find the io nexe's buffer with nm"

# writeback DIR TAR [CODE]: run the io nexe with DIR rw; it copies TAR
# (channel /dev/tar, 7) into the saved image (/dev/image1, 4) and exits
# with CODE.  Channels: image0 3, image1 4, nvram 5, script 6, tar 7.
writeback() {
	printf 'r 7 1048576 0\nB %s %s 4\ne %s\n' "$addr" "$(wc -c <"$2" | tr -d ' ')" \
		"${3:-0}" >"$tmp/script"
	zvsh_run --zvm-dir "$1,/,rw" --zvm-in "script=$tmp/script" --zvm-in "tar=$2" "$io"
}

# The tree the program "saves": nested and empty directories, links of
# both kinds, non-ASCII names, modes.
s=$tmp/stage
mkdir -p "$s/sub/deeper/deepest" "$s/empty" "$s/also empty/inner" "$s/ünï/çødé"
printf 'alpha' >"$s/a.txt"
printf 'in sub' >"$s/sub/file"
printf 'deep' >"$s/sub/deeper/deepest/leaf"
printf 'accents' >"$s/ünï/çødé/fïlé ñame.txt"
printf 'secret' >"$s/private"
chmod 600 "$s/private"
printf '#!/bin/sh\n' >"$s/tool"
chmod 4755 "$s/tool"
ln -s a.txt "$s/link"
ln -s ../a.txt "$s/sub/up"
ln -s deeper/deepest "$s/sub/dirlink"
ln -s missing "$s/dangling"
ln "$s/a.txt" "$s/hard"
touch -d '2021-06-07 08:09:10' "$s/a.txt"
tar -cf "$tmp/saved.tar" -C "$s" .

# DIR, with content the saved tree does not have.
w=$tmp/work
d=$w/dir
mkdir -p "$d/old"
printf 'old' >"$d/old/file"
chmod 750 "$d"
ino=$(stat -c %i "$d")
writeback "$d" "$tmp/saved.tar" 3
is 3 "$status" "the session ends ok with code 3: zvsh exits 3"
is "" "$(err)" "... nothing on stderr"
ok "DIR now holds the saved tree" diff -r --no-dereference "$s" "$d"
ok "... and nothing of what it held" test ! -e "$d/old"
is 750 "$(stat -c %a "$d")" "DIR keeps its mode"
is "a.txt|also empty|dangling|empty|hard|link|private|sub|tool|ünï" \
	"$(LC_ALL=C ls "$d" | tr '\n' '|' | sed 's/|$//')" \
	"... top-level names as saved"
is "../a.txt deeper/deepest missing a.txt" \
	"$(readlink "$d/sub/up") $(readlink "$d/sub/dirlink") $(readlink "$d/dangling") $(readlink "$d/link")" \
	"symbolic links keep their targets"
is "$(stat -c %i "$d/a.txt")" "$(stat -c %i "$d/hard")" "a hard link stays a hard link"
is 755 "$(stat -c %a "$d/tool")" "set-id bits are dropped"
is 600 "$(stat -c %a "$d/private")" "other modes are kept"
is "$(stat -c %Y "$s/a.txt")" "$(stat -c %Y "$d/a.txt")" "modification times are kept"
is accents "$(cat "$d/ünï/çødé/fïlé ñame.txt")" "non-ASCII names survive"
ok "empty directories survive" test -d "$d/empty" -a -d "$d/also empty/inner"
is dir "$(ls -A "$w")" "nothing is left beside DIR"
is "" "$(workdirs_left)" "no work directory is left behind"
ok "DIR is a new directory (swapped in, not written into)" test "$ino" != "$(stat -c %i "$d")"

# Sessions that do not end ok, and programs that save nothing.
before=$(snapshot "$d")
printf 'r 7 1048576 0\nB %s %s 4\nh 0x100000000\ne 0\n' "$addr" \
	"$(wc -c <"$tmp/saved.tar" | tr -d ' ')" >"$tmp/script"
zvsh_run --zvm-dir "$d,/,rw" --zvm-in "script=$tmp/script" --zvm-in "tar=$tmp/saved.tar" "$io"
is "139 $before" "$status $(snapshot "$d")" "a crashed session writes nothing back"
printf 'e 0\n' >"$tmp/script"
zvsh_run --zvm-dir "$d,/,rw" --zvm-in "script=$tmp/script" "$io"
is "0 $before" "$status $(snapshot "$d")" "a program that saves nothing leaves DIR as it was"
like "the program saved no image; $d is left as it was" "$(err)" "... and zvsh says so"

# An empty tree empties DIR.
mkdir "$tmp/nothing"
tar -cf "$tmp/empty.tar" -C "$tmp/nothing" .
writeback "$d" "$tmp/empty.tar"
is "0 " "$status $(ls -A "$d")" "an empty saved tree empties DIR"

# DIR named through a link and relatively: the directory is replaced,
# the link stays a link.
mkdir "$w/real"
ln -s real "$w/alias"
(cd "$w" && printf 'r 7 1048576 0\nB %s %s 4\ne 0\n' "$addr" \
	"$(wc -c <"$tmp/saved.tar" | tr -d ' ')" >"$tmp/script" &&
	"$ZVSH" --zvm-dir "alias,/,rw" --zvm-in "script=$tmp/script" --zvm-in "tar=$tmp/saved.tar" \
		"$io" </dev/null >"$tmp/out" 2>"$tmp/err")
is 0 "$?" "DIR given as a relative link"
ok "... the directory it names holds the saved tree" diff -r --no-dereference "$s" "$w/real"
ok "... and the link is still a link" test -L "$w/alias"

# Long names, in both GNU and pax tar formats.
long=$(printf 'n%.0s' $(seq 1 150))
mkdir -p "$tmp/longstage/$long"
printf 'long' >"$tmp/longstage/$long/$long"
for format in gnu pax; do
	tar --format=$format -cf "$tmp/long.tar" -C "$tmp/longstage" .
	writeback "$d" "$tmp/long.tar"
	is "0 long" "$status $(cat "$d/$long/$long" 2>/dev/null)" "$format format: 150-byte names"
done
is "" "$(workdirs_left)" "no work directory is left behind"
