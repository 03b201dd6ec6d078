#!/bin/sh
# dir-sync-kept.t - --zvm-dir DIR,MOUNTPOINT,sync leaves every entry the
# program saved as it was packed alone, without extracting it: same
# inode, times and mode in DIR, even when the program rewrote a file with
# the same bytes; a file with other bytes (of the same size too), another
# mode or a new hard link to it is replaced.  The saved images are made
# here with tar and copied into the write-only image by the io nexe.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
gnu_tar || skip_all "the saved images are made with GNU tar's --sparse and --mtime"
plan 27

io=$(nexe io)
addr=$(data_addr)
[ -n "$addr" ] || bail "cannot find the io nexe's buffer with nm"

d=$tmp/dir
mkdir -p "$d/sub"
printf 'small' >"$d/small.txt"
: >"$d/empty"
# 200 KiB: several data blocks, in the image and when digested.
yes zerovm | head -c 204800 >"$d/big"
printf 'abc' >"$d/sub/sized.txt"
printf 'same' >"$d/sub/same.txt"
ln -s small.txt "$d/link"
# A file with a hole: packed with its zeros, saved below as a sparse entry.
printf 'a' >"$d/holes"
truncate -s 262144 "$d/holes"
printf 'b' >>"$d/holes"

# stamp NAME...: each entry's inode, modification and change times and
# mode, as the sync left it (a rename or chmod changes one of them).
stamp() {
	for f in "$@"; do
		stat -c '%n %i %y %z %a' "$d/$f"
	done
}
all="small.txt empty big sub/sized.txt sub/same.txt link holes sub"

# save IMAGE: run a sync whose program saves the tar image IMAGE.
save() {
	printf 'r 7 1048576 0\nB %s %s 4\ne 0\n' "$addr" "$(wc -c <"$1" | tr -d ' ')" \
		>"$tmp/script"
	zvsh_run --zvm-dir "$d,/,sync" --zvm-in "script=$tmp/script" --zvm-in "tar=$1" "$io"
}

# copy NAME: a copy of DIR as $tmp/NAME to make an image of, every file
# with another modification time, as a program rewriting it leaves it.
copy() {
	rm -rf "$tmp/$1"
	cp -a "$d" "$tmp/$1"
	find "$tmp/$1" -exec touch -h -d @1000000000 {} +
}

# The same tree, every file rewritten: nothing in DIR is touched.
copy same
tar -cf "$tmp/same.tar" -C "$tmp/same" .
before=$(stamp $all)
snap=$(snapshot "$d")
sleep 1
save "$tmp/same.tar"
is 0 "$status" "a program that rewrites every file with the same bytes"
is "" "$(err)" "... nothing on stderr"
is "$before" "$(stamp $all)" "... no entry of DIR is replaced, changed or touched"
is "$snap" "$(snapshot "$d")" "... DIR is as it was"
if ! command -v strace >/dev/null 2>&1; then
	skip "strace is not installed: cannot watch what the sync creates"
	skip "strace is not installed: cannot watch what the sync creates"
elif ! strace -qq -o /dev/null true >/dev/null 2>&1; then
	skip "strace cannot trace here (ptrace refused): cannot watch what the sync creates"
	skip "strace cannot trace here (ptrace refused): cannot watch what the sync creates"
else
	printf 'r 7 1048576 0\nB %s %s 4\ne 0\n' "$addr" "$(wc -c <"$tmp/same.tar" | tr -d ' ')" \
		>"$tmp/script"
	# Files made or renamed outside zvsh's work directory.
	strace -f -qq -e trace=openat,creat,rename,renameat,renameat2 -o "$tmp/strace" \
		"$ZVSH" --zvm-dir "$d,/,sync" --zvm-in "script=$tmp/script" \
		--zvm-in "tar=$tmp/same.tar" "$io" >/dev/null 2>&1 </dev/null
	# The trace is real: it shows zvsh making its own work directory's files.
	ok "... (the trace shows zvsh creating files in its work directory)" \
		grep -Eq '/zvsh\.[A-Za-z0-9]+/[^"]*", [^)]*O_CREAT' "$tmp/strace"
	is "" "$(grep -E 'O_CREAT|creat\(|rename' "$tmp/strace" | grep -v '/zvsh\.[A-Za-z0-9]*/')" \
		"... and no file of it is extracted beside DIR"
fi

# A sparse entry with the bytes packed (its hole read as zeros) is the
# same file.
copy sparse
tar --sparse -cf "$tmp/sparse.tar" -C "$tmp/sparse" .
before=$(stamp $all)
save "$tmp/sparse.tar"
is 0 "$status" "a sparse entry with the packed file's bytes"
is "$before" "$(stamp $all)" "... leaves DIR as it was"

# Changes: same size other bytes, a changed last byte of a large file, a
# mode alone, a link target, a new hard link to a file the program left
# alone, other bytes in a sparse entry.
copy changed
printf 'Z' | dd of="$tmp/changed/big" bs=1 seek=204799 conv=notrunc 2>/dev/null
printf 'abd' >"$tmp/changed/sub/sized.txt"
chmod 600 "$tmp/changed/small.txt"
ln -sf sub/same.txt "$tmp/changed/link"
ln "$tmp/changed/sub/same.txt" "$tmp/changed/sub/twin"
printf 'c' | dd of="$tmp/changed/holes" bs=1 seek=131072 conv=notrunc 2>/dev/null
tar --sparse -cf "$tmp/changed.tar" -C "$tmp/changed" .
before=$(stamp empty sub/same.txt)
ino_big=$(stat -c %i "$d/big")
ino_sized=$(stat -c %i "$d/sub/sized.txt")
save "$tmp/changed.tar"
is 0 "$status" "a program that changes files"
ok "... a large file changed in its last byte has the new bytes" cmp -s "$tmp/changed/big" "$d/big"
ok "... and was replaced" test "$ino_big" != "$(stat -c %i "$d/big")"
is "abd" "$(cat "$d/sub/sized.txt")" "... a file with other bytes of the same size has them"
ok "... and was replaced" test "$ino_sized" != "$(stat -c %i "$d/sub/sized.txt")"
is "600 small" "$(stat -c %a "$d/small.txt") $(cat "$d/small.txt")" "... a file with a new mode alone has it"
is "sub/same.txt" "$(readlink "$d/link")" "... a link with a new target has it"
is "same" "$(cat "$d/sub/twin")" "... a new hard link to a file the program left alone has its bytes"
is "$before" "$(stamp empty sub/same.txt)" "... the files the program left alone are untouched"
ok "... a sparse entry with other bytes has them" cmp -s "$tmp/changed/holes" "$d/holes"
is "" "$(ls -A "$tmp" | grep zvsh-)" "... nothing left beside DIR"

# The unchanged entries' data is read in the check, before anything is
# written: an image cut short inside one is refused as a whole.
copy cut
printf 'new' >"$tmp/cut/new.txt"
tar -cf "$tmp/whole.tar" -C "$tmp/cut" new.txt big
head -c 102400 "$tmp/whole.tar" >"$tmp/cut.tar"
snap=$(snapshot "$d")
before=$(stamp $all)
save "$tmp/cut.tar"
is 125 "$status" "an image cut short in an unchanged file's data"
like "refusing the saved image, $d is left as it was: unreadable" "$(err)" "... is refused"
is "$snap" "$(snapshot "$d")" "... DIR is as it was"
is "$before" "$(stamp $all)" "... nothing in it touched"
ok "... the new file of the image is not written" test ! -e "$d/new.txt"

# A file changed to bytes of another size and back to the packed ones,
# with a mode changed and back: as it was.
copy back
chmod 600 "$tmp/back/sub/same.txt"
chmod 644 "$tmp/back/sub/same.txt"
tar -cf "$tmp/back.tar" -C "$tmp/back" .
before=$(stamp $all)
save "$tmp/back.tar"
is 0 "$status" "a file changed and changed back"
is "$before" "$(stamp $all)" "... is left alone"
is "" "$(workdirs_left)" "no work directory is left behind"
