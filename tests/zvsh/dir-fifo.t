#!/bin/sh
# dir-fifo.t - FIFOs in --zvm-dir directories: packed with their modes
# and seen inside as FIFOs (stat, readdir, a non-blocking open at end of
# file); with sync, one the program makes appears in DIR (mkfifo on the
# host, with its mode), one it removes goes, one it leaves alone is not
# touched; with rw they survive the replacement; after a failed or
# refused session nothing changes.  Sockets are still refused.
# dir-fifo-saved.t writes back saved images made by hand.
. "$top_srcdir/tests/zvsh/zvshlib.sh"

fifo_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}
zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || fifo_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/fsops.nexe" "$top_srcdir/tests/zvsh/fsops.c" >"$tmp/cc.log" 2>&1 ||
	fifo_skip "cannot build tests/zvsh/fsops.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
plan 27
nl='
'

d=$tmp/dir
mkdir -p "$d/sub"
mkfifo -m 640 "$d/in"
mkfifo -m 600 "$d/sub/p"
mkfifo -m 644 "$d/gone"
printf 'text' >"$d/file.txt"
dino=$(stat -c %i "$d")

fsops() {
	zvsh_run --zvm-dir "$d,/w,$mode" --zvm-cwd /w "$tmp/fsops.nexe" "$@"
}

# Seen inside.
mode=ro
fsops type in type sub/p type file.txt peek in
is "0" "$status" "a DIR holding FIFOs is packed and mounted"
is "" "$(err)" "... nothing on stderr"
is "fifo 640 fifo${nl}fifo 600 fifo${nl}file 644 file${nl}fifo eof" "$(out)" \
	"... inside they are FIFOs with their modes (lstat, readdir); a non-blocking open reads end of file"
is "fifo 640 fifo 600" "$(stat -c '%F %a' "$d/in" "$d/sub/p" | tr '\n' ' ' | sed 's/ $//')" \
	"... and in DIR they are as they were"

# sync: made, removed, kept, changed.
mode=sync
pino=$(stat -c %i "$d/sub/p")
fsops mkfifo 640 made mkfifo 600 sub/made2 rm gone rm file.txt mkfifo 604 file.txt chmod 660 in
is "0" "$status" "sync: the program's FIFO operations succeed"
is "" "$(err)" "... nothing on stderr"
is "$dino" "$(stat -c %i "$d")" "... DIR is the same directory"
is "fifo 640" "$(stat -c '%F %a' "$d/made")" "a FIFO the program made is in DIR, with its mode"
is "fifo 600" "$(stat -c '%F %a' "$d/sub/made2")" "... in a subdirectory too"
ok "a FIFO the program removed is gone" test ! -e "$d/gone"
is "fifo 604" "$(stat -c '%F %a' "$d/file.txt")" "a file the program replaced by a FIFO is a FIFO"
is "fifo 660" "$(stat -c '%F %a' "$d/in")" "a FIFO whose mode the program changed has the new mode"
is "$pino" "$(stat -c %i "$d/sub/p")" "a FIFO the program left alone is untouched"
is "" "$(ls -a "$tmp" | grep zvsh-)" "nothing left beside DIR"

# And the next session sees them.
mode=ro
fsops type made type file.txt
is "fifo 640 fifo${nl}fifo 604 fifo" "$(out)" "the next session sees the FIFOs made by the last"

# Removing the FIFO and making a file of that name.
mode=sync
fsops rm made w made now-a-file
is "0 now-a-file" "$status $(cat "$d/made")" "sync: a FIFO the program replaced by a file is a file"

# A failed session changes nothing.
before=$(snapshot "$d")
"$ZVSH" --zvm-timeout 1 --zvm-dir "$d,/w,sync" --zvm-cwd /w "$tmp/fsops.nexe" mkfifo 600 late \
	rm in wait </dev/zero >/dev/null 2>&1
is 124 "$?" "a session that times out"
is "$before" "$(snapshot "$d")" "... changes nothing"

# A refused image changes nothing, FIFOs included.
fsops mkfifo 600 refused rm in ln /etc/passwd out
ok "a saved image with a link out of DIR is refused" \
	sh -c "[ $status -ne 0 ] && grep -q \"link 'out' leads out of the directory\" '$tmp/err'"
is "$before" "$(snapshot "$d")" "... and nothing changes: no new FIFO, none removed"

# rw: the tree replaces DIR, FIFOs and all.
mode=rw
fsops mkfifo 641 rwmade
is "0" "$status" "rw: the program runs"
is "fifo 641" "$(stat -c '%F %a' "$d/rwmade")" "rw: a FIFO the program made is in the new DIR"
is "fifo 660" "$(stat -c '%F %a' "$d/in")" "rw: one it left is there too, with its mode"
is "fifo 600" "$(stat -c '%F %a' "$d/sub/p")" "rw: ... in a subdirectory"

# Still refused: sockets (and devices, which an unprivileged test cannot
# make).
if command -v python3 >/dev/null 2>&1 &&
	python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$d/sock" 2>/dev/null; then
	mode=ro
	fsops type in
	is 125 "$status" "a socket in DIR is refused"
	like "$d/sock is a device or socket; only regular files, directories, symbolic links and FIFOs" \
		"$(err)" "... naming it, and what can be packed"
	is "" "$(workdirs_left)" "... no work directory is left behind"
	rm -f "$d/sock"
else
	for i in 1 2 3; do skip "python3 cannot make a socket"; done
fi
